/// The names every report's context starts with (docs/templates.md, "Document"): the language, the
/// labels, the agency, the period, the document's number and date, the signature block and the tool.
/// A class: the view renderer reads its names through the reports' views (`inline`), a reference to copy.
final class DocumentHead: TemplateView {
    let language: String
    let labels: [String: String]
    let agency: Agency
    let period: PeriodPiece
    let document: DocumentPiece
    let signature: Signature
    let tool: Tool

    static let fields: [ViewField<DocumentHead>] = [
        .text("bahasa", "`id` or `en` (for `<html lang>`)", \.language),
        .labels(
            "l", "the labels of the language: `l.judul`, `l.ringkasan`, … (every key of `label/<bahasa>.yaml`)",
            \.labels),
        .object("instansi", "the agency, from profil.yaml", \.agency),
        .object("periode", "the report's period", \.period),
        .object("dokumen", "the document's number, place and date", \.document),
        .object("tanda_tangan", "the signature block", \.signature),
        .object(
            "alat",
            "the tool that made the document. The default footer prints `{{l.keterangan_dokumen}} {{l.dibuat_dengan}} {{alat.nama}} {{alat.versi}}.`: the label names the rules document by its title and the command that prints it (`kinerja aturan`), the version says which edition of the rules applied",
            \.tool),
    ]

    init(_ c: borrowing ReportContext) {
        let profile = c.profile
        language = profile.language.rawValue
        labels = c.labels
        agency = Agency(profile)
        period = PeriodPiece(c.report, c.format)
        document = DocumentPiece(profile, c.format)
        signature = Signature(profile, c.format)
        tool = Tool()
    }

    /// `instansi`.
    struct Agency: TemplateView {
        let government: String, name: String, shortName: String?, address: String?

        static let fields: [ViewField<Self>] = [
            .text("pemerintah", "the government (`Kabupaten Pesisir Selatan`)", \.government),
            .text("pemerintah_kapital", "the same in capitals", { $0.government.uppercased() }),
            .text("nama", "the agency's name", \.name),
            .text("nama_kapital", "the same in capitals", { $0.name.uppercased() }),
            .text("singkatan", "its short name, when profil.yaml has one", { $0.shortName ?? "" }),
            .flag("ada_singkatan", "whether it has one", { $0.shortName != nil }),
            .text("alamat", "its address, when profil.yaml has one", { $0.address ?? "" }),
            .flag("ada_alamat", "whether it has one", { $0.address != nil }),
        ]

        init(_ profile: Profile) {
            (government, name, shortName, address) = (
                profile.government, profile.agency, profile.shortName, profile.address
            )
        }
    }

    /// `periode`.
    struct PeriodPiece: TemplateView {
        let code: String, name: String, year: String, annual: Bool
        let quarters: [Quarter]

        static let fields: [ViewField<Self>] = [
            .text("kode", "`2024-TW3`, `2024` for the year", \.code),
            .text("nama", "`Triwulan III`", \.name),
            .text("tahun", "the year", \.year),
            .flag("tahunan", "true for TAHUNAN", \.annual),
            .list("triwulan", "one item per quarter up to the period", \.quarters),
        ]

        init(_ report: PerformanceReport, _ format: DisplayFormat) {
            let year = report.profile.year
            code = report.period.label(year: year)
            name = format.period(report.period)
            self.year = "\(year)"
            annual = report.period == .annual
            quarters = (1...report.period.quarterCount).map {
                Quarter(short: format.quarterShort($0), name: format.quarter($0))
            }
        }

        struct Quarter: TemplateView {
            let short: String, name: String
            static let fields: [ViewField<Self>] = [
                .text("singkat", "`TW I`", \.short),
                .text("nama", "`Triwulan I`", \.name),
            ]
        }
    }

    /// `dokumen`.
    struct DocumentPiece: TemplateView {
        let number: String?, place: String, date: String, isoDate: String

        static let fields: [ViewField<Self>] = [
            .text("nomor", "the document number of profil.yaml", { $0.number ?? "" }),
            .flag("ada_nomor", "whether it has one", { $0.number != nil }),
            .text("tempat", "the place of signing", \.place),
            .text("tanggal", "the date (`15 Oktober 2024`)", \.date),
            .text("tanggal_iso", "the date as `2024-10-15`", \.isoDate),
        ]

        init(_ profile: Profile, _ format: DisplayFormat) {
            (number, place, date, isoDate) = (
                profile.documentNumber, profile.place, format.date(profile.date), profile.date.iso
            )
        }
    }

    /// `tanda_tangan`, as Indonesian official documents set it (docs/laporan.md): jabatan in capitals,
    /// "Plt." for an acting head, NIP grouped 8-6-1-3.
    struct Signature: TemplateView {
        let place: String, date: String, position: String, acting: Bool, name: String, rank: String?, nip: String?

        static let fields: [ViewField<Self>] = [
            .text("tempat", "the place of signing", \.place),
            .text("tanggal", "the date (`15 Oktober 2024`)", \.date),
            .text("jabatan", "the head's position", \.position),
            .text("jabatan_kapital", "the same in capitals", { $0.position.uppercased() }),
            .flag("plt", "true when acting", \.acting),
            .text("nama", "the head's name", \.name),
            .text("pangkat", "the head's rank", { $0.rank ?? "" }),
            .flag("ada_pangkat", "whether there is one", { $0.rank != nil }),
            .text("nip", "the NIP, grouped 8-6-1-3", { $0.nip ?? "" }),
            .flag("ada_nip", "whether there is one", { $0.nip != nil }),
        ]

        init(_ profile: Profile, _ format: DisplayFormat) {
            let head = profile.head
            (place, date, position, acting) = (profile.place, format.date(profile.date), head.position, head.acting)
            (name, rank, nip) = (head.name, head.rank, head.nip.map(DisplayFormat.nip))
        }
    }

    /// `alat`.
    struct Tool: TemplateView {
        static let fields: [ViewField<Self>] = [
            .text("nama", "`kinerja`", { _ in "kinerja" }),
            .text("versi", "`KinerjaVersion.current` (`0.2.0`)", { _ in KinerjaVersion.current }),
        ]
    }
}
