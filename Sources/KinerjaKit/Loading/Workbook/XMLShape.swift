import Foundation

/// A workbook part's shape, read in one linear pass over its bytes before any XML parser sees it: how
/// deep its elements nest, how many there are, the most attributes one has, and how many rows it has.
/// The parser's tree costs memory and time per element (and it is freed recursively, so deep nesting
/// overflows the stack); a hostile part of a few kilobytes could otherwise take minutes or crash. Real
/// parts nest under 10 levels, with a few thousand elements and a handful of attributes each.
///
///     <worksheet><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>
///     → depth 4, elements 4, attributes 2 at most 1, rows 1
struct XMLShape: Equatable {
    var depth = 0, elements = 0, attributes = 0, rows = 0

    static let deepest = 100, mostElements = 200_000, mostAttributes = 1_000

    init(depth: Int = 0, elements: Int = 0, attributes: Int = 0, rows: Int = 0) {
        (self.depth, self.elements, self.attributes, self.rows) = (depth, elements, attributes, rows)
    }

    /// The shape of `data`. Comments, processing instructions, CDATA and declarations are skipped;
    /// quoted attribute values may hold `>` and `/`.
    init(_ data: Data) {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self), n = bytes.count
            let lt: UInt8 = 0x3C, gt: UInt8 = 0x3E, slash: UInt8 = 0x2F, bang: UInt8 = 0x21, question: UInt8 = 0x3F
            var i = 0, open = 0
            /// Whether the bytes at `i` are `text` (ASCII).
            func at(_ text: StaticString) -> Bool {
                let count = text.utf8CodeUnitCount
                guard i + count <= n else { return false }
                let start = text.utf8Start
                for k in 0..<count where bytes[i + k] != start[k] { return false }
                return true
            }
            /// Moves `i` just past the next `end` (ASCII).
            func skip(past end: StaticString) {
                let first = end.utf8Start[0]
                while i < n {
                    if bytes[i] == first, at(end) {
                        i += end.utf8CodeUnitCount
                        return
                    }
                    i += 1
                }
            }
            while i < n {
                guard bytes[i] == lt else {
                    i += 1
                    continue
                }
                guard i + 1 < n else { break }
                switch bytes[i + 1] {
                case bang:
                    if at("<!--") {
                        skip(past: "-->")
                    } else if at("<![CDATA[") {
                        skip(past: "]]>")
                    } else {
                        skip(past: ">")
                    }
                    continue
                case question:
                    skip(past: "?>")
                    continue
                case slash:
                    open -= 1
                    skip(past: ">")
                    continue
                default:
                    break
                }
                // A start tag: its name (after any prefix), then its attributes up to `>` or `/>`.
                i += 1
                var local = i
                while i < n {
                    let byte = bytes[i]
                    if byte == gt || byte == slash || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        break
                    }
                    if byte == 0x3A { local = i + 1 }
                    i += 1
                }
                elements += 1
                if i - local == 3, bytes[local] == 0x72, bytes[local + 1] == 0x6F, bytes[local + 2] == 0x77 {
                    rows += 1
                }
                var quote: UInt8 = 0, count = 0, selfClosing = false
                while i < n {
                    let byte = bytes[i]
                    i += 1
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == 0x3D {
                        count += 1
                    } else if byte == gt {
                        selfClosing = i >= 2 && bytes[i - 2] == slash
                        break
                    }
                }
                attributes = max(attributes, count)
                depth = max(depth, open + 1)
                if !selfClosing { open += 1 }
            }
        }
    }
}
