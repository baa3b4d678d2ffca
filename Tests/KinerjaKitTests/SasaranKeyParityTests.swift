import Foundation
import Testing

@testable import KinerjaKit

/// The sasaran key on bytes (issue 22) is the key by Characters it replaced: lowercased, every run of
/// whitespace one space, none at either end; also for text beyond ASCII, which keeps the Character way.
struct SasaranKeyParityTests {
    @Test func keysAsByCharacters() {
        let pieces = [
            "Meningkatnya", "mutu", "A", "z", "Z", "1", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{B}", "\u{C}",
            "\u{1C}",
            "\u{A0}", "\u{3000}", "\u{85}", "É", "e\u{301}", "İ", "ß", "-", ".",
        ]
        var generator = SeededGenerator(seed: 9)
        var texts = ["", " ", "Meningkatnya  Mutu ", " meningkatnya mutu", "MENINGKATNYA\tMUTU\r\n"]
        for _ in 0..<10_000 {
            let length = Int.random(in: 1...10, using: &generator)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let expected = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(Array(SasaranSpelling.key(text).utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }
}
