/// A label file read without Yams when it holds nothing but what the default label files hold: comment
/// lines, empty lines and `key: text` lines, the text plain or in double quotes without escapes. Any
/// other line, or anything YAML could read otherwise, gives nil and the file goes to Yams (`LabelFile`),
/// which reads it (or reports its error) as before. Parsing both label files with Yams was about a tenth of
/// a one-agency run.
///
/// What is read here YAML reads the same: a key of letters, digits and `_` at the start of the line, `:`
/// and spaces, then a plain text that does not start with an indicator character and holds no `: `,
/// ` #`, tab or trailing space (so no comment, no nested mapping and nothing folded), or a quoted one
/// whose only quotes are its ends and that has no backslash. Refused too: a key given twice, characters
/// YAML does not print or reads as line breaks, and anything that could be taken for an anchor or alias
/// (`YAMLAliases` would look at it).
enum PlainLabelLines {
    static func parse(_ text: String) -> [String: String]? {
        let bytes = Array(text.utf8)
        guard isPlainText(bytes) else { return nil }
        var labels: [String: String] = [:]
        for line in bytes.split(separator: .lineFeed, omittingEmptySubsequences: true) {
            if line.first == UInt8(ascii: "#") { continue }
            guard let (key, value) = entry(line), labels.updateValue(value, forKey: key) == nil else { return nil }
        }
        return labels.isEmpty ? nil : labels
    }

    /// One `key: text` line.
    private static func entry(_ line: ArraySlice<UInt8>) -> (String, String)? {
        // A YAML key on one line is at most 1 024 characters long.
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            colon - line.startIndex < 1000, line[line.startIndex..<colon].allSatisfy(isKeyByte)
        else { return nil }
        var start = colon + 1
        guard start < line.endIndex, line[start] == .space else { return nil }
        while start < line.endIndex, line[start] == .space { start += 1 }
        let value = line[start...]
        guard let first = value.first, value.last != .space else { return nil }
        let key = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
        if first == .quote {
            let inner = value.dropFirst().dropLast()
            guard value.count >= 2, value.last == .quote, !inner.contains(.quote), !inner.contains(.backslash)
            else { return nil }
            return (key, String(decoding: inner, as: UTF8.self))
        }
        guard !indicators.contains(first), value.last != UInt8(ascii: ":") else { return nil }
        for index in value.indices.dropLast() {
            let (byte, next) = (value[index], value[index + 1])
            if byte == UInt8(ascii: ":") && next == .space { return nil }
            if byte == .space && next == UInt8(ascii: "#") { return nil }
        }
        return (key, String(decoding: value, as: UTF8.self))
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// The characters that make a plain YAML text start as something else.
    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// What `YAMLAliases` takes as the start of a token before `&` or `*` (or the start of a line).
    private static let beforeAnchor = Set(" \t[{,:?-".utf8)

    /// No control character but the line feed (no tab, no carriage return), no C1 control or NEL, no U+2028
    /// or U+2029, no byte-order mark or U+FFFE/U+FFFF, and no `&` or `*` where an anchor or alias could start.
    private static func isPlainText(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = .lineFeed
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case .lineFeed: break
            case 0..<0x20, 0x7F: return false
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return false
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return false
            case 0xEF
            where index + 2 < bytes.count
                && ((bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                    || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)):
                return false
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                if previous == .lineFeed || beforeAnchor.contains(previous) { return false }
            default: break
            }
            previous = byte
        }
        return true
    }
}

private extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
}
