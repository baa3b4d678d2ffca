import Foundation

/// The context of `ringkasan.md` / `.html`, the one-page summary the head of agency signs
/// (docs/laporan.md, "Ringkasan"): the headline figures, the three best and three weakest IKU, the cycle's
/// on-time share, the signature block and, under it, the SHA-256 of each full report it summarises.
enum SummaryPage {
    /// How many indicators each of the best and weakest lists shows.
    static let listLength = 3

    /// `reports`: the full reports of this run (already rendered), whose hashes bind the signed page to them.
    /// `code`: the QR code for the paper copy (PaperCode.context).
    static func context(_ report: PerformanceReport, labels: [String: String], reports: [OutputFile],
                        code: [String: String]) -> [String: Any] {
        var c = ReportContext(report: report, labels: labels, narrative: [:])
        var context = c.documentNames
        context["ringkasan"] = MonitoringReport.summary(report, &c)
        let (best, weakest) = ranked(report.keyIndicators)
        context["terbaik"] = best.map { row($0, c) }
        context["terlemah"] = weakest.map { row($0, c) }
        context["ada_peringkat"] = !best.isEmpty
        context["ada_terlemah"] = !weakest.isEmpty
        context["laporan"] = reports.map { ["berkas": $0.name, "sha256": Hashing.sha256($0.data)] }
        context["kode_qr"] = code
        context.merge(c.footnoteNames) { _, new in new }
        return context
    }

    /// The best and the weakest indicators that have a capaian, by the unrounded value; ties keep the
    /// order of indikator.csv. The lists never share an indicator: with five indicators the weakest
    /// list has two, with three or fewer it is empty.
    ///
    /// Example: capaian 98, 120, 40, 75, 100 → best 120, 100, 98; weakest 40, 75.
    static func ranked(_ indicators: [IndicatorResult]) -> (best: [IndicatorResult], weakest: [IndicatorResult]) {
        let scored = indicators.enumerated().compactMap { offset, result in
            result.capaian.value.map { (offset: offset, value: $0, result: result) }
        }
        let descending = scored.sorted { $0.value != $1.value ? $0.value > $1.value : $0.offset < $1.offset }
        let best = Array(descending.prefix(listLength))
        let rest = descending.dropFirst(best.count)
        let ascending = rest.sorted { $0.value != $1.value ? $0.value < $1.value : $0.offset < $1.offset }
        return (best.map(\.result), ascending.prefix(listLength).map(\.result))
    }

    private static func row(_ result: IndicatorResult, _ c: ReportContext) -> [String: Any] {
        [
            "kode": result.indicator.kode, "indikator": result.indicator.name,
            "capaian": result.capaian.value.map(c.format.percent) ?? DisplayFormat.absent,
            "capaian_nilai": result.capaian.value?.plainString ?? "",
            "kategori": c.category(result.category),
            // A figure that is an earlier quarter's says so beside the name (UnreportedNote).
            "ada_belum_lapor": result.unreported != nil,
            "belum_lapor": result.unreported.map { c.unreportedText($0, aggregation: result.indicator.aggregation) } ?? "",
        ]
    }
}
