import Foundation
import Testing

@testable import KinerjaKit

/// `BudgetFormula.counted`, which makes each line's `kode.` once, counts the lines that the pairwise
/// `BudgetLine.isNested(under:)` counts: those with spending on record not nested under another such line.
struct BudgetCountedParityTests {
    static func reference(_ lines: [BudgetLineResult]) -> [BudgetLineResult] {
        let recorded = lines.filter { $0.spent != nil }
        return recorded.filter { line in !recorded.contains { line.line.isNested(under: $0.line) } }
    }

    @Test func countsTheLinesThePairwiseRuleCounts() {
        var random = SeededGenerator(seed: 67)
        let segments = ["1", "01", "02", "2", "10", "1.01", ""]
        for _ in 0..<400 {
            let lines = (0..<Int.random(in: 0...12, using: &random)).map { index -> BudgetLineResult in
                let depth = Int.random(in: 1...4, using: &random)
                let kode = (0..<depth).map { _ in segments.randomElement(using: &random)! }.joined(separator: ".")
                let line = BudgetLine(
                    kode: kode, name: "Kegiatan \(index)", indicator: nil, ceiling: 1000, spending: [], line: index + 2)
                let spent: Decimal? = Bool.random(using: &random) ? Decimal(index * 10) : nil
                return BudgetLineResult(line: line, quarterSpending: [], spent: spent, absorption: nil)
            }
            let expected = Self.reference(lines).map { "\($0.line.line) \($0.line.kode)" }
            #expect(BudgetFormula.counted(lines).map { "\($0.line.line) \($0.line.kode)" } == expected)
        }
    }
}
