/// JSON written as Foundation's `JSONEncoder` writes it with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, byte for byte: two spaces a level, `"key" : value`, an empty list or object
/// as an empty line between its brackets, `"` and `\` escaped, `\b \t \n \f \r` and `\u00xx` for the other
/// control characters, everything else as it is. For manifest.json (`Manifest.encoded`), made twice for
/// every agency, where the encoder's generic machinery cost 2 % of a run (ManifestJSONTests compares both).
/// Bytes are appended in runs (a string without anything to escape at once), not one by one: byte-wise
/// appends made the manifests 2 % of a kabupaten's instructions again.
indirect enum PrettyJSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([PrettyJSON])
    /// Members in any order; written sorted by key (kinerja's keys are ASCII, where every order agrees).
    case object([(String, PrettyJSON)])

    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.write(text, into: &out)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .array(let items):
            Self.container(UInt8(ascii: "["), UInt8(ascii: "]"), items.count, into: &out, indent: indent) {
                index, out in
                items[index].write(into: &out, indent: indent + 2)
            }
        case .object(let members):
            let sorted = members.sorted { $0.0 < $1.0 }
            Self.container(UInt8(ascii: "{"), UInt8(ascii: "}"), sorted.count, into: &out, indent: indent) {
                index, out in
                Self.write(sorted[index].0, into: &out)
                out.append(contentsOf: " : ".utf8)
                sorted[index].1.write(into: &out, indent: indent + 2)
            }
        }
    }

    private static func container(
        _ open: UInt8, _ close: UInt8, _ count: Int, into out: inout [UInt8], indent: Int,
        _ item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
        out.append(.lineFeed)
        if count == 0 { out.append(.lineFeed) }
        for index in 0..<count {
            spaces(indent + 2, into: &out)
            item(index, &out)
            if index < count - 1 { out.append(UInt8(ascii: ",")) }
            out.append(.lineFeed)
        }
        spaces(indent, into: &out)
        out.append(close)
    }

    private static let blanks = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func spaces(_ count: Int, into out: inout [UInt8]) {
        if count <= blanks.count {
            out.append(contentsOf: blanks[..<count])
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether `byte` is written escaped.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func write(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: isEscaped) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain != true { escape(text, into: &out) }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array("\\b".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
    }
}

private extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
}
