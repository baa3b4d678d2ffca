import Foundation

/// The view of capaian.csv (docs/laporan.md): one row per indicator, in indikator.csv order, every value
/// already formatted for the dialect. The names are the column names.
struct CapaianCSV: TemplateView {
    let period: String
    let rows: [Row]

    static let fields: [ViewField<Self>] = [
        .text("periode", "the report period, `2024-TW3` or `2024`", \.period),
        .list(
            "baris",
            "one item per indicator, in indikator.csv order: the columns of capaian.csv ([laporan.md](laporan.md)), formatted for the chosen `--csv-dialect`",
            \.rows),
    ]

    init(_ report: PerformanceReport, dialect: CSVDialect) {
        let period = report.period.label(year: report.profile.year)
        self.period = period
        rows = report.indicators.map { Row($0, period: period, dialect) }
    }

    static func context(_ report: PerformanceReport, dialect: CSVDialect) -> [String: Any] {
        CapaianCSV(report, dialect: dialect).context
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Row: TemplateView {
        let kode: String, level: String, sasaran: String, name: String, unit: String, polarity: String,
            aggregation: String
        let isKey: String, period: String, target: String, periodValue: String, realisasi: String, capaian: String
        let category: String, periodTarget: String, periodCapaian: String, renstraTarget: String, renstraCapaian: String
        let lastYear: String, status: String, rule: String, note: String

        static let fields: [ViewField<Row>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("tingkat", "its level", \.level),
            .text("sasaran", "its sasaran", \.sasaran),
            .text("indikator", "its name", \.name),
            .text("satuan", "its unit", \.unit),
            .text("polaritas", "its polarity", \.polarity),
            .text("agregasi", "how its quarters add up", \.aggregation),
            .text("iku", "`ya` or `tidak`", \.isKey),
            .text("periode", "the report period", \.period),
            .text("target", "the annual target", \.target),
            .text("realisasi_tw", "the quarter's realisasi", \.periodValue),
            .text("realisasi", "realisasi s.d. the period", \.realisasi),
            .text("capaian", "capaian against the annual target", \.capaian),
            .text("kategori", "its category (the scale's label)", \.category),
            .text("target_periode", "the quarter's target", \.periodTarget),
            .text("capaian_periode", "capaian against it", \.periodCapaian),
            .text("target_renstra", "the Renstra's target", \.renstraTarget),
            .text("capaian_renstra", "capaian against it", \.renstraCapaian),
            .text("realisasi_tahun_lalu", "last year's realisasi", \.lastYear),
            .text("status", "the capaian's status", \.status),
            .text("rumus", "the formula applied, e.g. `negatif, selisih`", \.rule),
            .text("catatan", "the catatan of realisasi.csv", \.note),
        ]

        init(_ result: IndicatorResult, period: String, _ dialect: CSVDialect) {
            let indicator = result.indicator
            (kode, level, sasaran) = (
                dialect.text(indicator.kode), dialect.text(indicator.level.rawValue), dialect.text(indicator.sasaran)
            )
            (name, unit) = (dialect.text(indicator.name), dialect.text(indicator.unit))
            (polarity, aggregation) = (
                dialect.text(indicator.polarity.rawValue), dialect.text(indicator.aggregation.rawValue)
            )
            (isKey, self.period) = (indicator.isKey ? "ya" : "tidak", period)
            target = dialect.target(indicator.target)
            (periodValue, realisasi) = (dialect.number(result.periodValue), dialect.number(result.realisasi))
            capaian = dialect.percent(result.capaian.value)
            category = dialect.text(result.category?.label)
            (periodTarget, periodCapaian) = (
                dialect.target(result.periodTarget), dialect.percent(result.periodCapaian?.value)
            )
            (renstraTarget, renstraCapaian) = (
                dialect.target(indicator.renstraTarget), dialect.percent(result.renstraCapaian?.value)
            )
            lastYear = dialect.number(result.lastYearValue)
            (status, rule, note) = (
                result.capaian.status.rawValue, dialect.text(result.capaian.rule.rawValue), dialect.text(result.note)
            )
        }
    }
}
