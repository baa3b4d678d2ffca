import Foundation
import Testing

@testable import KinerjaKit

/// `TargetReader.singleTextCount` (issue 22): where it answers, `numberTexts` makes that many texts, and the one
/// text reads as the cell itself does, so a table's convention is settled on the same readings.
struct NumberTextsParityTests {
    @Test func singleTextsAreTheCellItself() {
        var random = SeededGenerator(seed: 51)
        let pieces = [
            "8", "0", "9", "5", ",", ".", ".", "-", " ", " ", "%", "\t", "s", "S", "d", "/", " s.d. ", " sd ", "Rp",
            "rp ", "1.250", "87,5", "+", "\u{A0}", "\u{2212}", "\u{3000}", "é", "x", "\r", "\n", "\u{B}", "e", "E",
        ]
        var answered = 0, blank = 0
        for _ in 0..<30_000 {
            let text = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            guard let count = TargetReader.singleTextCount(text) else {
                #expect(
                    text.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 | 0x20 == UInt8(ascii: "s") },
                    "\(text.debugDescription)")
                continue
            }
            answered += 1
            if count == 0 { blank += 1 }
            let parts = TargetReader.numberTexts(in: text)
            #expect(parts.count == count, "\(text.debugDescription)")
            for part in parts {
                #expect(
                    NumberReader.reading(part, kind: .money) == NumberReader.reading(text, kind: .money),
                    "\(text.debugDescription)")
                #expect(NumberReader.reading(part) == NumberReader.reading(text), "\(text.debugDescription)")
            }
        }
        #expect(answered > 3_000 && blank > 50)
    }
}
