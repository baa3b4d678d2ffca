import Foundation

/// The budget section of the monitoring report and of the LKjIP's Bab III B (`anggaran`; absent without
/// anggaran.csv): every line with its quarters, the counted total and, per sasaran, the efficiency.
struct BudgetSection: TemplateView {
    let lines: [Line]
    let efficiency: [Efficiency]
    let total: Total

    static let pieceName: String? = "anggaran"
    static let fields: [ViewField<Self>] = [
        .list("baris", "one item per line of anggaran.csv", \.lines),
        .object(
            "jumlah", "the lines that are counted: those with spending, not nested under another such line", \.total),
        .list("efisiensi", "per sasaran", \.efficiency),
    ]

    /// nil without anggaran.csv.
    init?(_ report: PerformanceReport, _ c: inout ReportContext) {
        guard let lines = report.budget else { return nil }
        let n = report.period.quarterCount
        // `BudgetLine.isNested(under:)` against every line, with each line's `kode.` made once, not once a pair.
        let parents = lines.map { $0.line.kode + "." }
        self.lines = lines.map { result in
            Line(result, nested: parents.contains { result.line.kode.hasPrefix($0) }, quarters: n, &c)
        }
        efficiency = report.sasaran.map { Efficiency($0, &c) }
        let counted = BudgetFormula.counted(lines)
        // Foundation's sums, from the parts (DecimalArithmetic).
        let ceiling = DecimalArithmetic.total(counted.map(\.line.ceiling))
        let spent = DecimalArithmetic.total(counted.compactMap(\.spent))
        total = Total(
            ceiling: c.format.amount(ceiling), spent: c.format.amount(spent),
            absorption: c.percent(report.budgetAbsorption, absentBecause: "serapan_kosong"),
            ceilingMoney: c.format.money(ceiling), spentMoney: c.format.money(spent))
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Line: TemplateView {
        let kode: String, name: String, nested: Bool, ceiling: String, ceilingValue: String
        let quarters: [QuarterAmount], spent: String, absorption: String

        static let fields: [ViewField<Line>] = [
            .text("kode", "the line's kode", \.kode),
            .text("uraian", "its name", \.name),
            .flag("turunan", "true when nested under another line", \.nested),
            .text("pagu", "the ceiling", \.ceiling),
            .text("pagu_nilai", "the same, unrounded", \.ceilingValue),
            .list("realisasi_tw", "one item per quarter up to the period", \.quarters),
            .text("realisasi", "spent up to the period", \.spent),
            .text("serapan", "spent against the ceiling", \.absorption),
        ]

        init(_ result: BudgetLineResult, nested: Bool, quarters n: Int, _ c: inout ReportContext) {
            (kode, name, self.nested) = (result.line.kode, result.line.name, nested)
            (ceiling, ceilingValue) = (c.format.amount(result.line.ceiling), result.line.ceiling.plainString)
            quarters = result.quarterSpending.prefix(n).map {
                QuarterAmount(text: $0.map(c.format.amount) ?? c.absent("anggaran_tw_kosong"))
            }
            spent = result.spent.map(c.format.amount) ?? c.absent("anggaran_tw_kosong")
            absorption = c.percent(result.absorption, absentBecause: "serapan_kosong")
        }
    }

    struct QuarterAmount: TemplateView {
        let text: String
        static let fields: [ViewField<Self>] = [.text("teks", "the quarter's spending", \.text)]
    }

    struct Total: TemplateView {
        let ceiling: String, spent: String, absorption: String, ceilingMoney: String, spentMoney: String
        static let fields: [ViewField<Self>] = [
            .text("pagu", "the ceiling", \.ceiling),
            .text("realisasi", "spent", \.spent),
            .text("serapan", "spent against the ceiling", \.absorption),
            .text("pagu_rp", "the ceiling in rupiah (`Rp20.415.109.000`)", \.ceilingMoney),
            .text("realisasi_rp", "spent in rupiah", \.spentMoney),
        ]
    }

    struct Efficiency: TemplateView {
        let number: String, statement: String, capaian: String, absorption: String, efficiency: String
        static let fields: [ViewField<Self>] = [
            .text("nomor", "the sasaran's number", \.number),
            .text("pernyataan", "its statement", \.statement),
            .text("capaian", "its mean capaian", \.capaian),
            .text("serapan", "the serapan of its lines", \.absorption),
            .text("efisiensi", "capaian minus serapan, percentage points, signed", \.efficiency),
        ]

        init(_ sasaran: SasaranResult, _ c: inout ReportContext) {
            (number, statement) = ("\(sasaran.number)", sasaran.statement)
            capaian = c.percent(sasaran.average, absentBecause: "rata_rata_kosong")
            absorption = c.percent(sasaran.budgetAbsorption, absentBecause: "serapan_sasaran_kosong")
            efficiency = sasaran.efficiency.map(c.format.signedPoints) ?? c.absent("efisiensi_kosong")
        }
    }
}
