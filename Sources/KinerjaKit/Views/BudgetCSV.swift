import Foundation

/// The view of serapan-anggaran.csv: one row per budget line, formatted for the dialect.
struct BudgetCSV: TemplateView {
    let period: String
    let rows: [Row]

    static let fields: [ViewField<Self>] = [
        .text("periode", "the report period, `2024-TW3` or `2024`", \.period),
        .list("baris", "one item per line of anggaran.csv", \.rows),
    ]

    init(_ report: PerformanceReport, dialect: CSVDialect) {
        let period = report.period.label(year: report.profile.year)
        self.period = period
        rows = (report.budget ?? []).map { Row($0, period: period, dialect) }
    }

    static func context(_ report: PerformanceReport, dialect: CSVDialect) -> [String: Any] {
        BudgetCSV(report, dialect: dialect).context
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Row: TemplateView {
        let kode: String, name: String, parent: String, period: String, ceiling: String
        let quarters: [String], spent: String, absorption: String

        static let fields: [ViewField<Row>] = [
            .text("kode", "the line's kode", \.kode),
            .text("uraian", "its name", \.name),
            .text("induk", "the indicator it serves", \.parent),
            .text("periode", "the report period", \.period),
            .text("pagu", "its ceiling", \.ceiling),
            .text("realisasi_tw1", "spent in the first quarter", { $0.quarters[0] }),
            .text("realisasi_tw2", "in the second", { $0.quarters[1] }),
            .text("realisasi_tw3", "in the third", { $0.quarters[2] }),
            .text("realisasi_tw4", "in the fourth", { $0.quarters[3] }),
            .text("realisasi", "spent up to the period", \.spent),
            .text("serapan", "spent against the ceiling", \.absorption),
        ]

        init(_ result: BudgetLineResult, period: String, _ dialect: CSVDialect) {
            (kode, name, parent, self.period) = (
                dialect.text(result.line.kode), dialect.text(result.line.name), dialect.text(result.line.indicator),
                period
            )
            ceiling = dialect.number(result.line.ceiling)
            quarters = (0..<4).map { dialect.number(result.quarterSpending[$0]) }
            (spent, absorption) = (dialect.number(result.spent), dialect.percent(result.absorption))
        }
    }
}
