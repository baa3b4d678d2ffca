import Foundation

/// The view of `ringkasan.md` / `.html`, the one-page summary the head of agency signs (docs/laporan.md,
/// "Ringkasan"): the headline figures, the three best and three weakest IKU, the cycle's on-time share,
/// the signature block and, under it, the SHA-256 of each full report it summarises.
/// A class: the view renderer reads its names through `ReportView`'s `inline`, a reference to copy.
final class SummaryPage: TemplateView {
    /// How many indicators each of the best and weakest lists shows.
    static let listLength = 3

    let head: DocumentHead
    let summary: Summary
    let best: [Ranked], weakest: [Ranked]
    let reports: [ReportHash]
    let code: PaperCode.View
    let footnotes: FootnoteList
    var footnoteList: FootnoteList? { footnotes }

    static let fields: [ViewField<SummaryPage>] = [
        .inline(\.head),
        .object("ringkasan", "the headline figures, as in the monitoring report", \.summary),
        .list(
            "terbaik",
            "the three IKU with the highest capaian (unrounded; ties in indikator.csv order; never the same indicator as `terlemah`)",
            \.best),
        .list("terlemah", "the three with the lowest (with three or fewer IKU the list is empty)", \.weakest),
        .flag("ada_peringkat", "whether `terbaik` has items", { !$0.best.isEmpty }),
        .flag("ada_terlemah", "whether `terlemah` has items", { !$0.weakest.isEmpty }),
        .list("laporan", "the full reports this page summarises (with `--pdf` their PDFs too)", \.reports),
        .object("kode_qr", "the QR code for the paper copy", \.code),
        .inline(\.footnotes),
    ]

    /// `reports`: the manifest entries of the full reports of this run (already rendered), whose hashes bind
    /// the signed page to them. `code`: the QR code for the paper copy (PaperCode.context).
    init(_ report: PerformanceReport, labels: [String: String], reports: [Manifest.Entry], code: PaperCode.View) {
        var c = ReportContext(report: report, labels: labels, narrative: [:])
        head = c.head
        summary = Summary(report, &c)
        let (best, weakest) = Self.ranked(report.keyIndicators)
        self.best = best.map { Ranked($0, c) }
        self.weakest = weakest.map { Ranked($0, c) }
        self.reports = reports.map { ReportHash(file: $0.path, digest: $0.sha256) }
        self.code = code
        footnotes = c.footnoteList
    }

    /// The context of the ringkasan's templates.
    static func context(
        _ report: PerformanceReport, labels: [String: String], reports: [OutputFile],
        code: PaperCode.View
    ) -> [String: Any] {
        SummaryPage(
            report, labels: labels, reports: reports.map { Manifest.entry($0.name, $0.data) }, code: code
        ).context
    }

    /// The best and the weakest indicators that have a capaian, by the unrounded value; ties keep the
    /// order of indikator.csv. The lists never share an indicator: with five indicators the weakest
    /// list has two, with three or fewer it is empty.
    ///
    /// Example: capaian 98, 120, 40, 75, 100 → best 120, 100, 98; weakest 40, 75.
    static func ranked(_ indicators: [IndicatorResult]) -> (best: [IndicatorResult], weakest: [IndicatorResult]) {
        // Positions are sorted, not the results: moving an IndicatorResult copies every field it holds.
        let keys = indicators.map { $0.capaian.value.map(RankingKey.init) }
        let scored = indicators.indices.filter { keys[$0] != nil }
        let descending = scored.sorted { keys[$0]! != keys[$1]! ? keys[$0]! > keys[$1]! : $0 < $1 }
        let best = Array(descending.prefix(listLength))
        let rest = descending.dropFirst(best.count)
        let ascending = rest.sorted { keys[$0]! != keys[$1]! ? keys[$0]! < keys[$1]! : $0 < $1 }
        return (best.map { indicators[$0] }, ascending.prefix(listLength).map { indicators[$0] })
    }

    /// An item of `terbaik` or `terlemah`.
    struct Ranked: TemplateView {
        let kode: String, name: String, capaian: String, capaianValue: String, category: Category, unreported: String?

        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("capaian", "its capaian", \.capaian),
            .text("capaian_nilai", "the same, unrounded", \.capaianValue),
            .object("kategori", "its category", \.category),
            .flag("ada_belum_lapor", "true when its figure is an earlier quarter's", { $0.unreported != nil }),
            .text("belum_lapor", "then which (\"Nilai TW II; TW III belum dilaporkan.\")", { $0.unreported ?? "" }),
        ]

        init(_ result: IndicatorResult, _ c: borrowing ReportContext) {
            (kode, name) = (result.indicator.kode, result.indicator.name)
            capaian = result.capaian.value.map(c.format.percent) ?? DisplayFormat.absent
            capaianValue = result.capaian.value?.plainString ?? ""
            category = c.category(result.category)
            // A figure that is an earlier quarter's says so beside the name (UnreportedNote).
            unreported = result.unreported.map { c.unreportedText($0, aggregation: result.indicator.aggregation) }
        }
    }

    struct ReportHash: TemplateView {
        let file: String, digest: String
        static let fields: [ViewField<Self>] = [
            .text("berkas", "the file's name", \.file),
            .text("sha256", "the SHA-256 of the file as written", \.digest),
        ]
    }
}
