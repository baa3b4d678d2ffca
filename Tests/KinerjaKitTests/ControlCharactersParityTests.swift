import Foundation
import Testing

@testable import KinerjaKit

/// `ControlCharacters.holdsUnsafeInText`, which looks at the bytes first (issue 22), says what the scalars say.
struct ControlCharactersParityTests {
    @Test func holdsUnsafeAsTheScalarsSay() {
        var random = SeededGenerator(seed: 42)
        // Every unsafe range's ends, its neighbours, and text that shares their lead bytes (C2, E2).
        let pieces = [
            "a", "1", "87,5", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
            "\u{A0}", "©", "\u{85}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2010}", "\u{2029}", "\u{202A}", "\u{202E}",
            "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "€", "–", "é", "e\u{301}", "\u{FEFF}",
            "\u{1F600}", "\"",
        ]
        var texts = pieces
        for _ in 0..<20_000 {
            texts.append(
                (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            #expect(
                ControlCharacters.holdsUnsafeInText(text)
                    == text.unicodeScalars.contains(where: ControlCharacters.isUnsafeInText),
                "\(text.debugDescription)")
        }
        // Every scalar of the Basic Multilingual Plane on its own and between letters.
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            #expect(ControlCharacters.holdsUnsafeInText(text) == ControlCharacters.isUnsafeInText(scalar), "\(value)")
        }
    }
}
