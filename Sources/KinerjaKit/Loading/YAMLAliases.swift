import Foundation

/// YAML anchors and aliases (`&a`, `*a`) are refused in kinerja's files before they are parsed. No
/// profile, SOP or label file needs them, and aliases nested as keys (`? *a9`, nine levels of nine) make
/// Yams' duplicate-key check expand them for hours. A value is written out where it is needed instead.
enum YAMLAliases {
    /// The first alias of `text` that follows an anchor, with its 1-based line and column; nil when the
    /// file has no anchor or no alias. Tokens in quotes are not looked at, and `**bold**` is no alias.
    ///
    /// Lines are those of `split(separator: "\n")` on Characters (a CRLF is one Character, so it ends no line),
    /// columns count Characters. A line of ASCII without CR is read on its bytes, where a byte is a Character
    /// (issue 22: the Characters of the label files and SOP were 3 % of one agency's run); any other by Characters.
    static func first(in text: String) -> (line: Int, column: Int, name: String)? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(UInt8(ascii: "&")), bytes.contains(UInt8(ascii: "*")) else { return nil }
            var anchors = false
            var found: (line: Int, column: Int, name: String)?
            var start = 0, index = 0
            for end in 0...bytes.count
            where end == bytes.count || (bytes[end] == 0x0A && (end == 0 || bytes[end - 1] != 0x0D)) {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let scanned =
                    line.allSatisfy { $0 < 0x80 && $0 != 0x0D }
                    ? scan(
                        line, ascii: { $0 }, isNameCharacter: isNameByte,
                        name: { String(decoding: line[$0], as: UTF8.self) })
                    : scan(characters: Array(String(decoding: line, as: UTF8.self)))
                anchors = anchors || scanned.anchor
                if found == nil, let alias = scanned.alias { found = (index + 1, alias.column, alias.name) }
                (start, index) = (end + 1, index + 1)
            }
            return anchors ? found : nil
        }
    }

    private static func scan(characters chars: [Character]) -> (anchor: Bool, alias: (column: Int, name: String)?) {
        scan(
            chars, ascii: { $0.asciiValue },
            isNameCharacter: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" },
            name: { String(chars[$0]) })
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// Whether one line has an anchor, and its first alias (1-based column, name). `ascii` is a unit's ASCII
    /// value (nil for a Character that is not ASCII), what the marks are compared by.
    private static func scan<Line: RandomAccessCollection>(
        _ chars: Line, ascii: (Line.Element) -> UInt8?, isNameCharacter: (Line.Element) -> Bool,
        name: (Range<Int>) -> String
    ) -> (anchor: Bool, alias: (column: Int, name: String)?) where Line.Index == Int {
        var anchor = false
        var alias: (column: Int, name: String)?
        func isOneOf(_ unit: Line.Element, _ set: String) -> Bool { ascii(unit).map { set.utf8.contains($0) } ?? false }
        var quote: UInt8?
        var i = chars.startIndex
        while i < chars.endIndex {
            let ch = ascii(chars[i])
            if let open = quote {
                if ch == open { quote = nil }
            } else if ch == UInt8(ascii: "\"") || ch == UInt8(ascii: "'") {
                quote = ch
            } else if ch == UInt8(ascii: "#"), i == chars.startIndex || ascii(chars[i - 1]) == UInt8(ascii: " ") {
                break
            } else if ch == UInt8(ascii: "&") || ch == UInt8(ascii: "*"),
                i == chars.startIndex || isOneOf(chars[i - 1], " \t[{,:?-")
            {
                var j = i + 1
                while j < chars.endIndex, isNameCharacter(chars[j]) { j += 1 }
                if j > i + 1, j == chars.endIndex || isOneOf(chars[j], " \t,]}:") {
                    if ch == UInt8(ascii: "&") {
                        anchor = true
                    } else if alias == nil {
                        alias = (i - chars.startIndex + 1, name((i + 1)..<j))
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        return (anchor, alias)
    }

    static func refusal(_ alias: (line: Int, column: Int, name: String)) -> Message {
        Message(
            "the alias *\(alias.name) refers to an anchor; kinerja's files do not use YAML anchors and aliases: write the value out where it is needed",
            id:
                "alias *\(alias.name) merujuk ke sebuah anchor; berkas kinerja tidak memakai anchor dan alias YAML: tulis nilainya langsung di tempat yang memerlukannya"
        )
    }
}
