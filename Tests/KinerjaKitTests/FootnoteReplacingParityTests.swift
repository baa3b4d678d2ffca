import Testing

@testable import KinerjaKit

/// `Footnotes.replacing` on bytes (issue 22, eleventh round) against the scalar walk it replaces
/// (`replacingScalars`), and the superscripts made once against the ones spelled at each use.
struct FootnoteReplacingParityTests {
    /// Random texts of placeholders of both series, scalars just outside their ranges (U+EFFFF, U+FFFFE,
    /// U+FFFFF, U+10FFFF, other F3-led scalars), ASCII, accents and emoji; markers of several lengths,
    /// numbered in the order they are asked for, as `FootnoteNumbering` does.
    @Test func bytesAreTheScalarsWay() {
        var random = SeededGenerator(seed: 2211)
        let pieces = [
            "0,00%", "–", "a", " ", "\r\n", "é", "e\u{301}", "😀", "\u{EFFFF}", "\u{FFFFE}", "\u{FFFFF}",
            "\u{10FFFF}", "\u{C0000}", "\u{E0001}", "&", "<",
            Footnotes.placeholder(.reason, 0), Footnotes.placeholder(.reason, 1), Footnotes.placeholder(.reason, 7),
            Footnotes.placeholder(.rule, 0), Footnotes.placeholder(.rule, 5), Footnotes.placeholder(.reason, 300),
        ]
        let markers = ["ᵃ", "¹", "¹²", "", "x", "\u{301}", "😀"]
        for _ in 0..<4000 {
            let count = Int.random(in: 0...10, using: &random)
            let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            let chosen = markers.shuffled(using: &random)
            func numbered() -> (Footnotes.Series, Int) -> String {
                var asked: [String] = []
                return { series, index in
                    asked.append("\(series)\(index)")
                    return chosen[(index + asked.count) % chosen.count] + (series == .rule ? "r" : "")
                }
            }
            let expected = Footnotes.replacingScalars(text, numbered())
            let got = Footnotes.replacing(text, numbered())
            #expect(Array(got.utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test func superscriptsAreSpelled() {
        for n in [0, 1, 9, 10, 12, 19, 20, 99, 100, 101, 127, 1000, 12345, Int.max] {
            #expect(Footnotes.superscript(n) == Footnotes.spelledSuperscript(n))
        }
        #expect(Footnotes.superscript(12) == "¹²")
    }
}
