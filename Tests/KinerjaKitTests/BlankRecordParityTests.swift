import Foundation
import Testing

@testable import KinerjaKit

/// `CSVRecord.isBlank`, which tells most records by a cell's first byte (issue 22), says what Characters say.
struct BlankRecordParityTests {
    @Test func isBlankAsCharactersSay() {
        var random = SeededGenerator(seed: 43)
        let pieces = [
            "", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
            "\u{200B}", "\u{301}", " \u{301}", "a", "-", ";", "\u{0}", "\u{1F}", "é", "\u{FEFF}",
        ]
        for _ in 0..<20_000 {
            let cells = (0..<Int.random(in: 0...4, using: &random)).map { column in
                CSVCell(
                    value: (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)!
                    }
                    .joined(),
                    line: 1, column: column + 1)
            }
            let record = CSVRecord(line: 1, cells: cells)
            #expect(
                record.isBlank == cells.allSatisfy { $0.value.allSatisfy(\.isWhitespace) },
                "\(cells.map(\.value).debugDescription)")
        }
    }
}

/// `TotalRow.isEmpty`, which tells most cells by their first byte (issue 22), says what trimming says.
struct TotalRowEmptyParityTests {
    @Test func isEmptyAsTrimmingSays() {
        var random = SeededGenerator(seed: 47)
        let pieces = [
            "", " ", "\t", "\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{301}",
            "a", "J", "-", ":", "\u{0}", "é", "\u{FEFF}",
        ]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(TotalRow.isEmpty(text) == text.trimmingSpaces().isEmpty, "\(text.debugDescription)")
        }
    }
}
