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
        let utf8 = text.utf8
        // Over the String's storage where it has one: a walk of the UTF8View cost some 15 instructions a byte.
        let special = utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) }
        guard special ?? utf8.contains(where: isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
