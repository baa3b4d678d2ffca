import Foundation
import Testing

@testable import KinerjaKit

/// `BudgetLoader.directlyUnder` (issue 22) finds, for each budget line, the lines directly under it that filtering
/// by `BudgetLine.isNested` finds, in the same order.
struct BudgetNestingParityTests {
    @Test func findsWhatIsNestedFinds() {
        var random = SeededGenerator(seed: 46)
        let pieces = ["1", "01", "02", ".", ".", "2", "a", " ", "é", "e\u{301}", "\u{301}", ".\u{301}", "\r", "\n"]
        for round in 0..<300 {
            let lines = (0..<Int.random(in: 0...25, using: &random)).map { index in
                let kode =
                    round.isMultiple(of: 3)
                    ? ["1", "1.01", "1.01.02", "1.01.02.2.01", "1.010", "1.01.02.2.02", "2"].randomElement(
                        using: &random)!
                    : (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                        .joined()
                return BudgetLine(
                    kode: kode, name: "Program \(index)", indicator: nil, ceiling: Decimal(index), spending: [],
                    line: index + 2)
            }
            let expected = lines.map { line in
                let under = lines.filter { $0.isNested(under: line) }
                return under.filter { child in !under.contains { child.isNested(under: $0) } }
            }
            let found = BudgetLoader.directlyUnder(lines)
            #expect(found.map { $0.map(\.line) } == expected.map { $0.map(\.line) }, "round \(round)")
        }
    }

    /// `BudgetLoader.namesATotal`, which tells most names by their first byte (issue 22), says what their words say.
    @Test func totalNamesAreToldAsByTheirWords() {
        var random = SeededGenerator(seed: 50)
        let pieces = [
            "Jumlah", "JUMLAH", "total", "Sub", "subtotal", "Grand", "grand", "Total", "Program", "Kegiatan", " ", "-",
            ":", "1", "3.27", "a", "z", "A", "Z", "[", "`", "@", "{", "é", "e\u{301}", "j\u{30C}", "ß", "ſ", "\u{212A}",
            "Ｔ", "t", "s", "g", "j", "\t", "_",
        ]
        var told = 0
        for _ in 0..<20_000 {
            let name = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(BudgetLoader.namesATotal(name) == BudgetLoader.namesATotalByWords(name), "\(name.debugDescription)")
            if BudgetLoader.namesATotal(name) { told += 1 }
        }
        #expect(told > 500)
    }
}
