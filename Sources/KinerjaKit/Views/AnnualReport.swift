import Foundation

/// The view of the annual LKjIP, `lkjip.md` / `.html` (docs/laporan.md, "LKjIP"; written for TW4 and
/// TAHUNAN): the structure of PermenPANRB 53/2014 — Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II
/// Perencanaan Kinerja (the Perjanjian Kinerja), Bab III Akuntabilitas Kinerja (A. per sasaran the
/// comparisons (1)–(7), `AnnualSasaran`; B. Realisasi Anggaran), Bab IV Penutup and the indicator
/// definitions as annex. Narrative comes from narasi/; where a file is missing the section says so, it
/// never invents text. Pieces are built in reading order (the footnotes' order on the context path; the
/// view renderer numbers them as the template prints them, `FootnoteNumbering`).
/// A class: the view renderer reads its names through `ReportView`'s `inline`, a reference to copy.
final class AnnualReport: TemplateView {
    let head: DocumentHead
    let summary: Summary
    let overview: Chapter
    let introduction: Introduction
    let planning: Planning
    let years: [Year]
    let sasaran: [AnnualSasaran]
    let budget: BudgetSection?
    let closing: Chapter
    let annex: [Definition]
    let footnotes: FootnoteList
    var footnoteList: FootnoteList? { footnotes }

    static let fields: [ViewField<AnnualReport>] = [
        .inline(\.head),
        .object(
            "ringkasan", "the headline figures, as in the monitoring report (for the Ikhtisar Eksekutif)", \.summary),
        .object("ikhtisar", "the Ikhtisar Eksekutif: `narasi` of `narasi/ikhtisar.md`", \.overview),
        .object("pendahuluan", "Bab I", \.introduction),
        .object("perencanaan", "Bab II, the Perjanjian Kinerja", \.planning),
        .list(
            "tahun_banding",
            "the years of the comparison: the earlier years realisasi.csv holds (at most five, up to last year), then this one",
            \.years),
        .list("sasaran", "Bab III A, per sasaran", \.sasaran),
        .optional("anggaran", "Bab III B, Realisasi Anggaran: as in the monitoring report", \.budget),
        .object("penutup", "Bab IV: `narasi` of `narasi/penutup.md`", \.closing),
        .list("lampiran", "per indicator, its definition", \.annex),
        .inline(\.footnotes),
    ]

    init(_ report: PerformanceReport, labels: [String: String], narrative: [String: String]) {
        var c = ReportContext(
            report: report, labels: labels, narrative: narrative,
            narrativeFolder: NarrativeFolders.annual)
        head = c.head
        summary = Summary(report, &c)
        overview = Chapter(narrative: c.narrativeSection("ikhtisar.md"))
        introduction = Introduction(report, c)
        planning = Planning(report, &c)
        years = Self.comparedYears(report).map { Year(year: "\($0)") }
        sasaran = report.sasaran.map { AnnualSasaran($0, report, &c) }
        budget = BudgetSection(report, &c)
        closing = Chapter(narrative: c.narrativeSection("penutup.md"))
        annex = report.indicators.map { Definition($0, c) }
        footnotes = c.footnoteList
    }

    /// The context of the LKjIP's templates.
    static func context(
        _ report: PerformanceReport, labels: [String: String], narrative: [String: String]
    ) -> [String: Any] {
        AnnualReport(report, labels: labels, narrative: narrative).context
    }

    /// The years of the comparison tables: the earlier years, then this one.
    static func comparedYears(_ report: PerformanceReport) -> [Int] { report.historyYears + [report.profile.year] }

    /// A chapter that is narrative alone (`ikhtisar`, `penutup`).
    struct Chapter: TemplateView {
        let narrative: NarrativeSection
        static let fields: [ViewField<Self>] = [.object("narasi", "the chapter's narasi/ file", \.narrative)]
    }

    /// `pendahuluan`.
    struct Introduction: TemplateView {
        let narrative: NarrativeSection, sasaranCount: String, renstra: String?

        static let fields: [ViewField<Self>] = [
            .object("narasi", "`narasi/pendahuluan.md`", \.narrative),
            .text("jumlah_sasaran", "how many sasaran", \.sasaranCount),
            .text("renstra", "the Renstra's years (`2021–2026`)", { $0.renstra ?? "" }),
            .flag("ada_renstra", "whether profil.yaml names them", { $0.renstra != nil }),
        ]

        init(_ report: PerformanceReport, _ c: borrowing ReportContext) {
            narrative = c.narrativeSection("pendahuluan.md")
            sasaranCount = "\(report.sasaran.count)"
            renstra = report.profile.renstra.map { "\($0.lowerBound)–\($0.upperBound)" }
        }
    }

    struct Year: TemplateView {
        let year: String
        static let fields: [ViewField<Self>] = [.text("tahun", "the year", \.year)]
    }

    /// One indicator of the Lampiran (`lampiran`).
    struct Definition: TemplateView {
        let kode: String, name: String, unit: String, level: String, isKey: Bool
        let polarity: String, aggregation: String, definition: String?, responsible: String

        static let fields: [ViewField<Self>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("satuan", "its unit", \.unit),
            .text("tingkat", "its level", \.level),
            .flag("iku", "true for an IKU", \.isKey),
            .text("polaritas", "its polarity, as words", \.polarity),
            .text("agregasi", "how its quarters add up, as words", \.aggregation),
            .text("definisi", "its definition", { $0.definition ?? "" }),
            .flag("ada_definisi", "whether it has one", { $0.definition != nil }),
            .text("penanggung_jawab", "the unit responsible", \.responsible),
        ]

        init(_ result: IndicatorResult, _ c: borrowing ReportContext) {
            let indicator = result.indicator
            (kode, name, unit, level, isKey) = (
                indicator.kode, indicator.name, indicator.unit, indicator.level.rawValue, indicator.isKey
            )
            polarity = c.label("polaritas_" + indicator.polarity.rawValue)
            // `rata-rata` → `agregasi_rata_rata`, on the bytes: Foundation's `replacingOccurrences` bridges through
            // NSString, whose first use has the runtime search the binary's conformance records (BENCHMARKS.md).
            let key = indicator.aggregation.rawValue.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }
            aggregation = c.label("agregasi_" + String(decoding: key, as: UTF8.self))
            (definition, responsible) = (indicator.definition, indicator.responsibleUnit ?? "")
        }
    }
}
