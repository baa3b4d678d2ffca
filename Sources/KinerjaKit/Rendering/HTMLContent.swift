import Mustache

/// HTML escaping for the templates that begin `{{% CONTENT_TYPE: HTML }}` (every default HTML template):
/// the same five replacements as swift-mustache's own HTML content type (`<` `>` `&` `"` `'` →
/// `&lt;` `&gt;` `&amp;` `&quot;` `&#39;`), but a value with none of them, as most are, is returned as
/// it is, and the others are scanned as bytes rather than as Characters looked up in a dictionary.
/// swift-mustache's escaping was about a twentieth of a run's time (BENCHMARKS.md). A template without
/// the pragma is escaped by swift-mustache itself, to the same text, but for one case: a `<` that carries
/// a combining mark is a single Character that swift-mustache's lookup does not recognise, and is escaped here.
struct HTMLContent: MustacheContentType {
    static let name = "HTML"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        // Over the String's storage: a walk of the UTF8View cost some 15 instructions a byte.
        let escaped = text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: isSpecial) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escape(bytes, into: &escaped)
            return String(decoding: escaped, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// `escape`'s bytes for a text of these UTF-8 bytes, appended to `output` (the view renderer's, so that
    /// a value is written where it goes, not made into a String first): the runs between replaced bytes
    /// are appended whole.
    static func escape<Output: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output) {
        var run = 0
        for index in bytes.indices where isSpecial(bytes[index]) {
            output.appendBytes(UnsafeBufferPointer(rebasing: bytes[run..<index]))
            let replacement: StaticString =
                switch bytes[index] {
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "\""): "&quot;"
                default: "&#39;"
                }
            output.appendBytes(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            run = index + 1
        }
        output.appendBytes(UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
