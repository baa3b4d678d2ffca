import Foundation

/// A budget line with its spending up to the report period.
public struct BudgetLineResult: Sendable {
    /// Its figures are held by one object: a copy of a line (into a sasaran's lines, a view's row) is one retain,
    /// not one for each of its texts and arrays (issue 22).
    private let figures: Shared<Figures>

    init(line: BudgetLine, quarterSpending: [Decimal?], spent: Decimal?, absorption: Decimal?) {
        figures = Shared(Figures(line: line, quarterSpending: quarterSpending, spent: spent, absorption: absorption))
    }

    public var line: BudgetLine { figures.value.line }
    /// realisasi_tw1…tw4, nil after the period or where empty.
    public var quarterSpending: [Decimal?] { figures.value.quarterSpending }
    /// Sum of the present quarters up to the period; nil when none is present.
    public var spent: Decimal? { figures.value.spent }
    /// spent / pagu × 100; nil without spending or with a zero pagu.
    public var absorption: Decimal? { figures.value.absorption }

    private struct Figures: Sendable {
        let line: BudgetLine
        let quarterSpending: [Decimal?]
        let spent: Decimal?
        let absorption: Decimal?
    }
}

/// Budget serapan (docs/aturan-capaian.md, section 7 "Budget").
public enum BudgetFormula {
    /// serapan s.d. TWn = (realisasi_tw1 + … + realisasi_twn) / pagu × 100.
    ///
    ///     pagu 1.000.000, spent 250.000 + 300.000 → 55,00
    ///
    /// - Returns: nil when nothing is spent on record or the pagu is 0.
    public static func absorption(spent: Decimal?, ceiling: Decimal) -> Decimal? {
        guard let spent, !DecimalOrder.equal(ceiling, 0) else { return nil }
        return AchievementFormula.percent(spent, of: ceiling)
    }

    /// Serapan of several lines together: Σ spent / Σ pagu over the lines that have spending on record.
    /// A line nested under another line of the set that has spending on record (`1.01.02` holds
    /// `1.01.02.2.01`) is left out, so nothing is counted twice.
    ///
    ///     program pagu 1.000 spent 600 + its kegiatan pagu 400 spent 300, other line pagu 1.000 spent 200
    ///     → (600 + 200) / (1.000 + 1.000) × 100 = 40,00
    public static func absorption(of lines: [BudgetLineResult]) -> Decimal? {
        let counted = counted(lines)
        guard !counted.isEmpty else { return nil }
        return absorption(
            spent: DecimalArithmetic.total(counted.compactMap(\.spent)),
            ceiling: DecimalArithmetic.total(counted.map(\.line.ceiling)))
    }

    /// The lines `absorption(of:)` counts: those with spending on record that are not nested under
    /// another such line. The report's "Jumlah" row sums exactly these, so its serapan can be recomputed.
    /// Lines with ASCII kodes, none repeated, are told by the line nearest above each (`BudgetKodes`), without
    /// comparing every pair (issue 22); BudgetCountedParityTests compares it with the pairwise rule.
    public static func counted(_ lines: [BudgetLineResult]) -> [BudgetLineResult] {
        let recorded = lines.filter { $0.spent != nil }
        if let above = BudgetKodes.nearestAbove(recorded.map(\.line.kode)) {
            return recorded.indices.filter { above[$0] == nil }.map { recorded[$0] }
        }
        // `BudgetLine.isNested(under:)` with each line's `kode.` made once, not once for every pair.
        let prefixes = recorded.map { $0.line.kode + "." }
        return recorded.filter { line in !prefixes.contains { line.line.kode.hasPrefix($0) } }
    }

    /// efisiensi = capaian − serapan, in percentage points; positive means more performance per rupiah.
    ///
    ///     capaian 104,2, serapan 68,5 → 35,7
    public static func efficiency(capaian: Decimal?, absorption: Decimal?) -> Decimal? {
        guard let capaian, let absorption else { return nil }
        return DecimalArithmetic.difference(capaian, absorption)
    }
}
