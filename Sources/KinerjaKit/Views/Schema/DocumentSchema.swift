/// The names each document's templates may use: its view's schema, and for a report the names
/// `Document` adds to every report (`ReportExtras`). What the name check resolves tags against.
extension DocumentKind {
    var schema: ViewSchema {
        switch self {
        case .capaian: CapaianCSV.schema
        case .serapanAnggaran: BudgetCSV.schema
        case .kepatuhanSOP: ComplianceCSV.schema
        case .laporanPemantauan: MonitoringReport.schema.adding(ReportExtras.schema)
        case .lkjip: AnnualReport.schema.adding(ReportExtras.schema)
        case .ringkasan: SummaryPage.schema.adding(ReportExtras.schema)
        case .index: RekapIndexView.schema
        case .rekap: RekapCSV.schema
        }
    }
}

/// The names `Document` adds to every report's view: the archivists' footer line, the warning about
/// values `kinerja init` wrote, and the values to check.
struct ReportExtras: TemplateView {
    let archive: ArchiveNote
    let examples: ExampleNote
    let doubts: DoubtNote

    static let fields: [ViewField<Self>] = [
        .object(
            "arsip", "the footer line for archivists, in the partials `_arsip.md` / `_arsip.html`, in every report",
            \.archive),
        .object(
            "contoh",
            "only while values written by `kinerja init` remain (Starter/ExampleValues.swift; false otherwise), in the partials `_contoh.md` / `_contoh.html` at the top of every report; labels `contoh_judul`, `contoh_ket`",
            \.examples),
        .object(
            "periksa",
            "only while values read as written may not be the ones meant (Run/Doubts.swift; false otherwise), in the partials `_periksa.md` / `_periksa.html` at the top of every report; labels `periksa_judul`, `periksa_ket`",
            \.doubts),
    ]
}

/// A report's view with the names `Document` adds to it (`ReportExtras`'): what its templates render.
///
/// `Body` is constrained by the conformance, not by the declaration: `ReportViewTable<Body>`'s metadata names
/// `TypedViewTable<ReportView<Body>>` as its superclass, and a constrained `ReportView` would have the runtime
/// check `Body: TemplateView` there by searching every conformance record of the binary, once for each of
/// the three report bodies (about 0,8 M instructions of a one-agency run; BENCHMARKS.md).
struct ReportView<Body> {
    let body: Body
    let archive: ArchiveNote
    /// nil when no values written by `kinerja init` remain: `contoh` is then false.
    let examples: ExampleNote?
    /// nil when no value is to be checked (`Doubts`): `periksa` is then false.
    let doubts: DoubtNote?
}

extension ReportView: Sendable where Body: Sendable {}

extension ReportView: TemplateView where Body: TemplateView {
    var footnoteList: FootnoteList? { body.footnoteList }

    static func makeViewTable() -> ViewTable { ReportViewTable<Body>() }

    /// A body's name is read through `body` in place: the `inline` field's read (`table.reads`, what the
    /// other names take) copies the whole body first, `MonitoringReport`'s some 440 instructions, with
    /// the generic key path's metadata lookups about 1 000 at each top-level read (issue 22).
    func read(_ index: Int, in table: ViewTable) -> FieldValue {
        let table = unsafeDowncast(table, to: ReportViewTable<Body>.self)
        if index < table.bodyCount { return body.read(index, in: table.body) }
        return table.reads[index](self)
    }

    static var fields: [ViewField<Self>] {
        [
            .inline(\.body),
            .object("arsip", "", \.archive),
            .pieceOrFalse("contoh", "", \.examples),
            .pieceOrFalse("periksa", "", \.doubts),
        ]
    }
}

/// `contoh`: the values of a new workspace that are still the examples `kinerja init` wrote
/// (`ExampleValues.context` makes the same names).
struct ExampleNote: TemplateView {
    let findings: [Item]

    static let fields: [ViewField<Self>] = [.list("daftar", "one item per part that still has examples", \.findings)]

    init(_ findings: [ExampleValues.Finding]) {
        self.findings = findings.map { Item(part: $0.part, values: $0.items.joined(separator: ", ")) }
    }

    struct Item: TemplateView {
        let part: String, values: String
        static let fields: [ViewField<Self>] = [
            .text("bagian", "`profil.yaml`, a table such as `indikator`, or `narasi`", \.part),
            .text("nilai", "the fields, kodes or files, joined by commas", \.values),
        ]
    }
}
