import Mustache

/// The `Markdown` content type of the templates (`{{% CONTENT_TYPE: Markdown }}`): a value can never
/// change the structure of the document around it.
///
/// Every character CommonMark or a GitHub pipe table gives a meaning inside a line is backslash-escaped
/// (`|`, `*`, `_`, `` ` ``, `[`, `]`, `<`, `>`, `#`, `~`, `&`, `!`, `\`), and a line break becomes a
/// space, so a name can neither end a table row nor start a heading or a list:
///
///     "Siswa | Guru *aktif*" → "Siswa \| Guru \*aktif\*"
///
/// Narrative Markdown from `narasi/` is meant to be Markdown and goes through `{{{triple}}}` tags.
struct MarkdownContentType: MustacheContentType {
    static let name = "Markdown"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!"]

    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        return escapeASCII(text) ?? escapeCharacters(text)
    }

    /// `escape` for any text, Character by Character.
    static func escapeCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var lastWasBreak = false
        for character in text {
            if character.isNewline {
                if !lastWasBreak { result.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return escapeLineStart(result)
    }

    /// Whether `escape` would change `text`; false for most values (numbers, names), which are then
    /// returned as they are without walking their characters (the walk was a hot spot of rendering).
    /// Errs towards true: a first character that could open a list or a break sends the text the long way.
    static func needsEscaping(_ text: String) -> Bool {
        // Over the String's storage where it has one: a walk of the UTF8View cost some 15 instructions a byte.
        if let answer = text.utf8.withContiguousStorageIfAvailable(needsEscaping(bytes:)) { return answer }
        return needsEscaping(bytes: text.utf8)
    }

    private static func needsEscaping<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        var utf8 = bytes.makeIterator()
        guard let first = utf8.next() else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        {
            return true
        }
        let isSpecialByte = Self.isSpecialByte
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var byte = first
        while true {
            if (byte < 0x80 && isSpecialByte[Int(byte)]) || byte < 0x20 { return true }
            // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9) are line breaks too.
            if previous == 0xC2, byte == 0x85 { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            guard let next = utf8.next() else { return false }
            (beforePrevious, previous, byte) = (previous, byte, next)
        }
    }

    /// `special` as a table of the ASCII bytes (all of `special` is ASCII).
    private static let isSpecialByte: [Bool] = (0..<128).map { special.contains(Character(Unicode.Scalar(UInt8($0)))) }

    /// `escape` for a text of ASCII alone, byte by byte: there every Character is one byte but "\r\n",
    /// which is a line break as its two bytes are, and a run of breaks becomes one space either way.
    /// Nil for any other text.
    static func escapeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            escapeBytes(bytes, into: &result)
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `escape`'s bytes for a text of these UTF-8 bytes, appended to `output` (the view renderer's), where
    /// they can be had byte by byte: a text of ASCII alone (`escapeASCII`), or one without a line break
    /// whose Characters are each of its ASCII bytes on its own and others that equal none of them
    /// (`GraphemeCheck.isByteReadable`), as a number with a footnote marker is. (With a break, the space
    /// it becomes could join a combining mark after it, and the Characters of the escaped text would not
    /// be its bytes.) False, with nothing appended, for any other text: `escapeCharacters` then.
    static func escape<Output: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output) -> Bool {
        var isASCII = true, hasBreak = false
        for byte in bytes {
            if byte >= 0x80 { isASCII = false } else if (0x0A...0x0D).contains(byte) { hasBreak = true }
        }
        if !isASCII {
            guard !hasBreak, !holdsUnicodeBreak(bytes), GraphemeCheck.isByteReadable(bytes) else { return false }
        }
        escapeBytes(bytes, into: &output)
        return true
    }

    /// Whether the bytes hold U+0085 (C2 85), U+2028 or U+2029 (E2 80 A8/A9), the line breaks beyond ASCII.
    private static func holdsUnicodeBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices.dropFirst() {
            let (byte, before) = (bytes[index], bytes[index - 1])
            if byte == 0x85, before == 0xC2 { return true }
            if byte == 0xA8 || byte == 0xA9, before == 0x80, index >= 2, bytes[index - 2] == 0xE2 { return true }
        }
        return false
    }

    /// The byte-by-byte escaping of `escapeASCII` and `escape(_:into:)`, appended to `output`.
    private static func escapeBytes<Output: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output)
    {
        let start = output.count, isSpecialByte = Self.isSpecialByte
        output.reserveCapacity(start + bytes.count + 8)
        var lastWasBreak = false
        for byte in bytes {
            if (0x0A...0x0D).contains(byte) {
                if !lastWasBreak { output.appendByte(UInt8(ascii: " ")) }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if byte < 0x80, isSpecialByte[Int(byte)] { output.appendByte(UInt8(ascii: "\\")) }
            output.appendByte(byte)
        }
        if let at = output.withBytes(from: start, lineStartEscape) {
            output.insertByte(UInt8(ascii: "\\"), at: start + at)
        }
    }

    /// Whether `escape` would change a text of these UTF-8 bytes (`needsEscaping`).
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { needsEscaping(bytes: bytes) }

    /// Where `escapeLineStart` puts its backslash in a text without line breaks read byte by byte (an
    /// ASCII text, or another `escape(_:into:)` takes), by the same rules (an offset from the start of
    /// `bytes`): the digits, `-`, `+`, `=`, `.`, `)` and the space and tab it looks at are Characters
    /// of their own there, and a byte of any other Character is none of them.
    private static func lineStartEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        let (dash, plus, equals) = (UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="))
        let base = bytes.startIndex
        let breakLine = bytes.count >= 3 && bytes.allSatisfy { $0 == first } && (first == dash || first == equals)
        let bullet =
            (first == dash || first == plus)
            && (bytes.count == 1 || bytes[base + 1] == UInt8(ascii: " ") || bytes[base + 1] == UInt8(ascii: "\t"))
        if breakLine || bullet { return 0 }
        guard let found = bytes.firstIndex(where: { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        let end = found - base
        guard end > 0, end <= 9, bytes[found] == UInt8(ascii: ".") || bytes[found] == UInt8(ascii: ")"),
            end + 1 == bytes.count || bytes[found + 1] == UInt8(ascii: " ")
        else { return nil }
        return end
    }

    /// A value the template puts at the start of a line could still open a list (`- a`, `+ b`,
    /// `2024. c`, `1) d`) or be a thematic break (`---`, `===`): escape the one character that would.
    /// Other values keep their look (`-3,46` stays `-3,46`).
    static func escapeLineStart(_ text: String) -> String {
        var result = text
        let chars = Array(text)
        guard let first = chars.first else { return text }
        let breakLine = chars.count >= 3 && chars.allSatisfy { $0 == first } && (first == "-" || first == "=")
        let bullet = (first == "-" || first == "+") && (chars.count == 1 || chars[1] == " " || chars[1] == "\t")
        if breakLine || bullet {
            result.insert("\\", at: result.startIndex)
        } else if let end = chars.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end > 0, end <= 9,
            chars[end] == "." || chars[end] == ")", end + 1 == chars.count || chars[end + 1] == " "
        {
            result.insert("\\", at: result.index(result.startIndex, offsetBy: end))
        }
        return result
    }
}
