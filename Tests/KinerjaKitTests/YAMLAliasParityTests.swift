import Foundation
import Testing

@testable import KinerjaKit

/// The alias finder on bytes (issue 22) finds what the one by Characters it replaced found: the same alias at the
/// same line and column, or none, in texts of anchors, aliases, quotes, comments, CRLF and letters beyond ASCII.
struct YAMLAliasParityTests {
    @Test func findsAsByCharacters() {
        let pieces = [
            "a", "x1", ": ", "&a", "*a", "&b", "*b", " ", " ", "\t", "\n", "\n", "\r\n", "\r", "\"", "'", "#", " #",
            "[", "]", "{", "}", ",", "?", "-", "_", "é", "e\u{301}", "*\u{301}", "&é", "**", "ß", "\u{1F600}",
        ]
        var generator = SeededGenerator(seed: 20)
        var texts = ["", "a: &x 1\nb: *x\n", "a: &x 1\r\nb: *x\r\n", "a: &é 1\nb: [*é]\n", YAMLAliasTests.bomb]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...30, using: &generator)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let found = YAMLAliases.first(in: text), expected = CharacterAliases.first(in: text)
            #expect(
                found?.line == expected?.line && found?.column == expected?.column && found?.name == expected?.name,
                "\(text.debugDescription)")
        }
    }
}

/// The alias finder by Characters that the one on bytes replaced (issue 22), kept as the oracle.
private enum CharacterAliases {
    static func first(in text: String) -> (line: Int, column: Int, name: String)? {
        guard text.contains("&"), text.contains("*") else { return nil }
        var anchors = false
        var found: (line: Int, column: Int, name: String)?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(rawLine)
            var quote: Character?
            var i = 0
            while i < chars.count {
                let ch = chars[i]
                if let open = quote {
                    if ch == open { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    quote = ch
                } else if ch == "#", i == 0 || chars[i - 1] == " " {
                    break
                } else if ch == "&" || ch == "*", i == 0 || " \t[{,:?-".contains(chars[i - 1]) {
                    var j = i + 1
                    while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_-".contains(chars[j]) { j += 1 }
                    if j > i + 1, j == chars.count || " \t,]}:".contains(chars[j]) {
                        if ch == "&" {
                            anchors = true
                        } else if found == nil {
                            found = (index + 1, i + 1, String(chars[(i + 1)..<j]))
                        }
                    }
                    i = j
                    continue
                }
                i += 1
            }
        }
        return anchors ? found : nil
    }
}
