import Foundation

/// Comparison (2) of the LKjIP for one IKU (`sasaran` › `tren`): realisasi per year, the change against
/// last year and its direction, and the trend line for the HTML.
struct TrendRow: TemplateView {
    let kode: String, name: String, unit: String, cells: [Cell]
    let change: String, direction: String, directionClass: String, chart: TrendChart

    static let fields: [ViewField<Self>] = [
        .text("kode", "the IKU's kode", \.kode),
        .text("indikator", "its name", \.name),
        .text("satuan", "its unit", \.unit),
        .list("nilai", "one item per year of `tahun_banding`", \.cells),
        .text("perubahan", "this year minus last, signed", \.change),
        .text(
            "arah", "`membaik`, `memburuk`, `tetap`, by polarity; for `rentang` by the distance to the band",
            \.direction),
        .text("arah_kelas", "the same as a CSS class", \.directionClass),
        .object("grafik", "the trend line (`_tren.html`)", \.chart),
    ]

    init(_ result: IndicatorResult, _ report: PerformanceReport, _ c: inout ReportContext) {
        (kode, name, unit) = (result.indicator.kode, result.indicator.name, result.indicator.unit)
        var cells = result.history.map { Cell(text: $0.map(c.format.number) ?? c.absent("tahun_kosong")) }
        // This year's value carries the note of a missing report quarter, like every realisasi.
        cells.append(Cell(text: result.realisasi == nil ? c.absent("tahun_kosong") : c.realisasi(result)))
        self.cells = cells
        if let old = result.lastYearValue, let new = result.realisasi {
            let change = new - old
            self.change = (change > 0 ? "+" : "") + c.format.number(change)
            let direction = TrendDirection.between(
                old, new, polarity: result.indicator.polarity, target: result.indicator.target)
            self.direction = direction.map { c.label("arah_" + $0.rawValue) } ?? c.absent("arah_tanpa_target")
            directionClass = direction?.rawValue ?? ""
        } else {
            change = c.absent("perubahan_kosong")
            (direction, directionClass) = (DisplayFormat.absent, "")
        }
        let values = result.history + [result.realisasi]
        let points = zip(AnnualReport.comparedYears(report), values).map { year, value in
            TrendChart.Point(year: year, value: value, text: value.map(c.format.number) ?? "")
        }
        chart = TrendChart(points: points, target: result.indicator.target)
    }

    struct Cell: TemplateView {
        let text: String
        static let fields: [ViewField<Self>] = [.text("teks", "the year's realisasi", \.text)]
    }
}
