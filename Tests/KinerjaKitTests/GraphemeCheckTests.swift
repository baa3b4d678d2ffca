import Testing

@testable import KinerjaKit

/// `GraphemeCheck.isByteReadable` skips runs of ASCII bytes; it answers as looking at every scalar does
/// (the reference below: each ASCII/non-ASCII meeting joined into one Character, or a lookalike, says
/// no), on random texts of ASCII, combining marks, joiners, lookalikes and other scalars.
struct GraphemeCheckTests {
    static func reference(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, GraphemeCheck.asciiLookalikes.contains(scalar.value) { return false }
            if let previous, previous.isASCII != scalar.isASCII {
                var pair = String.UnicodeScalarView()
                pair.append(previous)
                pair.append(scalar)
                if String(pair).count == 1 { return false }
            }
            previous = scalar
        }
        return true
    }

    @Test func skippingASCIIRunsAnswersAsEveryScalar() {
        var random = SeededGenerator(seed: 9)
        let pieces = [
            "a", "{{", "}}", " ", "\n", "\r\n", "\t", "abc def", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{94D}",
            "\u{903}", "\u{600}", "–", "日本", "🎓", "\u{37E}", "\u{1FEF}", "\u{212A}", "K", ";", "\u{FE0F}", "x",
        ]
        var rejected = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 9)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            let expected = Self.reference(text)
            #expect(GraphemeCheck.isByteReadable(text) == expected, "\(text.unicodeScalars.map(\.value))")
            if !expected { rejected += 1 }
        }
        #expect(rejected > 1_000)
    }
}
