import Foundation
import Testing

@testable import KinerjaKit

/// `trimmingSpaces` and `trimmingWhitespace` copy the kept bytes whole; they trim exactly what the
/// scalar-by-scalar version before them did.
struct TrimmingParityTests {
    /// The version the byte copy replaced: the kept scalars appended one at a time. Its sets: general
    /// category Zs and tab, and for whitespace U+000A–U+000D and U+0085 too.
    private static func byScalars(_ text: Substring, newlines: Bool) -> String {
        func drop(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || (s.value > 0x7F && s.properties.generalCategory == .spaceSeparator)
                || (newlines && ((0x0A...0x0D).contains(s.value) || s.value == 0x85))
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }

    @Test func trimsAsTheScalarVersionDid() {
        var random = SeededGenerator(seed: 22)
        // Spaces of every kind, newlines, combining marks (which join a space before them into one
        // Character), letters and emoji.
        let pieces: [String] = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
            "\u{301}", "\u{200B}", "a", "98,5", "é", "e\u{301}", "👍🏽", "\u{1F1EE}\u{1F1E9}", "-", "%",
        ]
        var texts = ["", " ", "a", " a ", "\u{301}", " \u{301}", "a\u{301} ", "\u{A0}x\u{A0}"]
        for _ in 0..<6000 {
            texts.append(
                (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            // The same text as a Substring of a longer one ("<" and ">" are Characters of their own unless a
            // combining mark joins them: then the slice is another text, compared with its own oracle).
            let slice = ("<" + text + ">").dropFirst().dropLast()
            for (trimmed, source, newlines) in [
                (text.trimmingSpaces(), Substring(text), false), (text.trimmingWhitespace(), Substring(text), true),
                (slice.trimmingSpaces(), slice, false), (slice.trimmingWhitespace(), slice, true),
            ] {
                #expect(
                    Array(trimmed.utf8) == Array(Self.byScalars(source, newlines: newlines).utf8),
                    "\(source.debugDescription)")
            }
        }
    }
}
