import Foundation

/// The view of the quarterly monitoring report, `laporan-pemantauan.md` / `.html` (docs/laporan.md,
/// "Laporan pemantauan kinerja"): header, ringkasan, the capaian table by sasaran, perhatian, anggaran,
/// the planners' analysis, pelaksanaan pemantauan (CycleSection), signature and footnotes. Its pieces are
/// built in the order the default templates print them, the footnotes' order on the context path; the view
/// renderer numbers them as the template prints them (`FootnoteNumbering`).
/// A class: the view renderer reads its names through `ReportView`'s `inline`, a reference to copy.
final class MonitoringReport: TemplateView {
    /// narasi/ files of the analysis section, after the Permendagri 86/2017 evaluation form's footer rows.
    static let analysisFiles = [
        ("pendorong", "faktor-pendorong.md"), ("penghambat", "faktor-penghambat.md"),
        ("tindak_lanjut", "tindak-lanjut.md"),
    ]

    let head: DocumentHead
    let summary: Summary
    let hasPeriodTargets: Bool
    let quarterCount: Int
    let sasaran: [SasaranRows]
    let chart: BarChart
    let attention: Attention
    let budget: BudgetSection?
    let analysis: Analysis
    let cycle: CycleSection?
    let footnotes: FootnoteList
    var footnoteList: FootnoteList? { footnotes }

    static let fields: [ViewField<MonitoringReport>] = [
        .inline(\.head),
        .object("ringkasan", "the headline figures", \.summary),
        .flag(
            "ada_target_periode", "true when any indicator has quarterly targets (the two period columns are shown)",
            \.hasPeriodTargets),
        .text(
            "jumlah_triwulan", "quarters up to the period, for `colspan` in the HTML tables", { "\($0.quarterCount)" }),
        .text("kolom_sebelum_capaian", "columns before the capaian, for `colspan`", { "\(5 + $0.quarterCount)" }),
        .text(
            "kolom_sesudah_kategori", "columns after the category, for `colspan`", { $0.hasPeriodTargets ? "3" : "1" }),
        .list("sasaran", "the capaian table, per sasaran", \.sasaran),
        .object("grafik", "the HTML bar chart, coordinates in SVG user units", \.chart),
        .object(
            "perhatian",
            "indicators below the scale's middle band, behind their quarterly target, without the report quarter's value (status `belum-lapor-periode`), or without data",
            \.attention),
        .optional("anggaran", "the budget (absent without anggaran.csv)", \.budget),
        .object("analisis", "the planners' analysis", \.analysis),
        .optional("pelaksanaan", "the monitoring cycle against its SOP (absent without siklus.csv)", \.cycle),
        .inline(\.footnotes),
    ]

    init(_ report: PerformanceReport, labels: [String: String], narrative: [String: String]) {
        var c = ReportContext(
            report: report, labels: labels, narrative: narrative,
            narrativeFolder: NarrativeFolders.monitoring(report.period))
        head = c.head
        summary = Summary(report, &c)
        let hasPeriodTargets = report.indicators.contains { $0.periodTarget != nil }
        self.hasPeriodTargets = hasPeriodTargets
        quarterCount = report.period.quarterCount
        sasaran = report.sasaran.map { SasaranRows($0, hasPeriodTargets: hasPeriodTargets, &c) }
        chart = Self.chart(report, c)
        attention = Attention(report, &c)
        budget = BudgetSection(report, &c)
        analysis = Analysis(c)
        cycle = report.cycle.map { CycleSection($0, c) }
        footnotes = c.footnoteList
    }

    /// The context of the monitoring report's templates.
    static func context(
        _ report: PerformanceReport, labels: [String: String], narrative: [String: String]
    ) -> [String: Any] {
        MonitoringReport(report, labels: labels, narrative: narrative).context
    }

    /// One bar per indicator in table order; an indicator without a capaian keeps its row, with `–` and
    /// the reason, so the chart and the table list the same indicators.
    static func chart(_ report: PerformanceReport, _ c: ReportContext) -> BarChart {
        let bars = report.indicators.map { result -> BarChart.Bar in
            guard let value = result.capaian.value, let band = result.category else {
                let reason = c.label(ReportContext.reasonKeys[result.capaian.status]!)
                return BarChart.Bar(
                    kode: result.indicator.kode, value: nil, valueText: "\(DisplayFormat.absent) \(reason)",
                    category: "", colourStep: 0)
            }
            return BarChart.Bar(
                kode: result.indicator.kode, value: value, valueText: c.format.percent(value),
                category: c.format.label(band), colourStep: report.profile.scale.colourStep(band))
        }
        return BarChart(bars: bars, scale: report.profile.scale)
    }

    /// One sasaran of the capaian table (`sasaran`).
    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class SasaranRows: TemplateView {
        let number: String, statement: String, rows: [IndicatorRow]
        let average: String, averageValue: String, category: Category, narrative: NarrativeSection

        static let fields: [ViewField<SasaranRows>] = [
            .text("nomor", "the sasaran's number", \.number),
            .text("pernyataan", "its statement", \.statement),
            .list("indikator", "its indicators", \.rows),
            .text("rata_rata", "the mean capaian of its indicators", \.average),
            .text("rata_rata_nilai", "the same, unrounded", \.averageValue),
            .object("kategori", "its category", \.category),
            .object("narasi", "`narasi/sasaran/<nomor>.md`", \.narrative),
        ]

        init(_ sasaran: SasaranResult, hasPeriodTargets: Bool, _ c: inout ReportContext) {
            (number, statement) = ("\(sasaran.number)", sasaran.statement)
            rows = sasaran.indicators.map { IndicatorRow($0, hasPeriodTargets: hasPeriodTargets, &c) }
            average = c.percent(sasaran.average, absentBecause: "rata_rata_kosong")
            averageValue = sasaran.average?.plainString ?? ""
            category = c.category(sasaran.category)
            narrative = c.narrativeSection("sasaran/\(sasaran.number).md")
        }
    }

    /// The planners' analysis (`analisis`), after the evaluation form's footer rows.
    struct Analysis: TemplateView {
        let drivers: NarrativeSection, obstacles: NarrativeSection, followUp: NarrativeSection

        static let fields: [ViewField<Self>] = [
            .object("pendorong", "`narasi/faktor-pendorong.md`", \.drivers),
            .object("penghambat", "`narasi/faktor-penghambat.md`", \.obstacles),
            .object("tindak_lanjut", "`narasi/tindak-lanjut.md`", \.followUp),
        ]

        init(_ c: borrowing ReportContext) {
            let files = MonitoringReport.analysisFiles.map { c.narrativeSection($0.1) }
            (drivers, obstacles, followUp) = (files[0], files[1], files[2])
        }
    }
}
