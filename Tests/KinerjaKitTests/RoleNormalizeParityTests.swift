import Foundation
import Testing

@testable import KinerjaKit

/// `SOP.normalize`, which spells ASCII roles on their bytes (issue 22), gives what `normalizeByCharacters` gives:
/// with every kind of ASCII and other whitespace, CR LF, capitals, and letters that are not ASCII.
struct RoleNormalizeParityTests {
    @Test func normalizesAsByCharacters() {
        var random = SeededGenerator(seed: 93)
        let pieces = [
            "Perencana", "KEPALA", "dinas", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}",
            "\u{85}", "\u{A0}", "\u{2003}", "(", ")", "Sub", "Bag.", "É", "é", "ẞ", "İ", "Z", "@", "[", "`", "{",
        ]
        var ascii = 0
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            #expect(
                Array(SOP.normalize(text).utf8) == Array(SOP.normalizeByCharacters(text).utf8),
                "\(text.debugDescription)")
        }
        #expect(ascii > 2_000)
    }
}
