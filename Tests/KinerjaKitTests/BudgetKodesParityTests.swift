import Foundation
import Testing

@testable import KinerjaKit

/// `BudgetKodes.nearestAbove` (issue 22) finds for each kode the one the pairwise rule finds: the longest other
/// kode it starts with followed by a `.`; and `BudgetLoader.directlyUnder` and `BudgetFormula.counted`, which use
/// it for many lines, find what they find by comparing every pair.
struct BudgetKodesParityTests {
    @Test func findsTheNearestLineAboveAsPairsDo() {
        var random = SeededGenerator(seed: 95)
        let segments = ["1", "01", "02", "2", "10", "1.01", "", "3.27", "a", "-", " ", "\r", "\n", "é", "e\u{301}"]
        var told = 0
        for round in 0..<400 {
            // Unique kodes (a repeated one is left to the pairwise rule), mostly ASCII.
            var kodes: [String] = []
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                let depth = Int.random(in: 1...5, using: &random)
                let pieces = round.isMultiple(of: 4) ? segments : Array(segments.prefix(13))
                let kode = (0..<depth).map { _ in pieces.randomElement(using: &random)! }.joined(separator: ".")
                if !kodes.contains(kode) { kodes.append(kode) }
            }
            let expected = kodes.map { kode in
                kodes.indices.filter { kode.hasPrefix(kodes[$0] + ".") }.max { kodes[$0].count < kodes[$1].count }
            }
            if let found = BudgetKodes.nearestAbove(kodes) {
                told += 1
                #expect(found == expected, "round \(round)")
            }
            let lines = kodes.enumerated().map { index, kode in
                BudgetLine(kode: kode, name: "Kegiatan", indicator: nil, ceiling: 1, spending: [], line: index + 2)
            }
            let under = lines.map { line in
                let under = lines.filter { $0.isNested(under: line) }
                return under.filter { child in !under.contains { child.isNested(under: $0) } }
            }
            #expect(BudgetLoader.directlyUnder(lines).map { $0.map(\.line) } == under.map { $0.map(\.line) })
            let results = lines.map { line in
                BudgetLineResult(
                    line: line, quarterSpending: [], spent: Bool.random(using: &random) ? 1 : nil, absorption: nil)
            }
            #expect(
                BudgetFormula.counted(results).map(\.line.line)
                    == BudgetCountedParityTests.reference(results).map(\.line.line), "round \(round)")
        }
        #expect(told > 150)
    }
}
