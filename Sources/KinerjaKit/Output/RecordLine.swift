/// One line of a `LastRun` record: its fields joined by tabs. Inside a field a backslash escapes a tab (`\t`),
/// a line end (`\n`) and itself (`\\`); a field that is absent is a lone `\-`, which no escaped text can be.
/// Read on bytes: a province's records are thousands of lines, where a JSON decoder took most of the time of
/// a run that changed nothing (BENCHMARKS.md).
///
///     join(["warning", "realisasi.csv", nil, "IKU-7\tTW3"]) == "warning\trealisasi.csv\t\\-\tIKU-7\\tTW3"
enum RecordLine {
    static func join(_ fields: [String?]) -> String {
        fields.map { field in
            guard let field else { return "\\-" }
            guard field.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 92 }) else { return field }
            return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n")
        }.joined(separator: "\t")
    }

    /// `join(fields)`'s bytes appended to `bytes`: an ASCII field without CR escaped byte by byte, any other
    /// through `join`, where Characters (CR LF, combining marks) and bytes might part. Joining a province's
    /// records field by field, then the lines, was 0,8 % of its run (`RecordBytesParityTests`).
    static func append(_ fields: [String?], to bytes: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(9) }
            guard var field else {
                bytes += [92, UInt8(ascii: "-")]
                continue
            }
            let plain = field.withUTF8 { text in
                guard !text.contains(where: { $0 >= 0x80 || $0 == 13 }) else { return false }
                for byte in text {
                    switch byte {
                    case 9: bytes += [92, UInt8(ascii: "t")]
                    case 10: bytes += [92, UInt8(ascii: "n")]
                    case 92: bytes += [92, 92]
                    default: bytes.append(byte)
                    }
                }
                return true
            }
            if !plain { bytes += join([field]).utf8 }
        }
    }

    /// The fields of a line `join` made; nil when it holds an escape `join` does not make.
    static func split(_ line: Substring) -> [String?]? {
        Array(line.utf8).withUnsafeBufferPointer { split(bytes: $0[...]) }
    }

    /// The same on the line's bytes (a record is read as bytes): a field without a backslash is taken as it
    /// is, the few with one are unescaped.
    static func split(bytes line: Slice<UnsafeBufferPointer<UInt8>>) -> [String?]? {
        var fields: [String?] = [], start = line.startIndex, index = start, escaped = false
        while true {
            guard index == line.endIndex || line[index] == 9 else {
                if line[index] == 92 { escaped = true }
                index += 1
                continue
            }
            let field = line[start..<index]
            if !escaped {
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                guard let unescaped = unescape(field) else { return nil }
                fields.append(unescaped)
            }
            guard index < line.endIndex else { return fields }
            (index, start, escaped) = (index + 1, index + 1, false)
        }
    }

    /// A field holding a backslash: absent (a lone `\-`), or its text unescaped; nil (the outer optional)
    /// when it holds an escape `join` does not make.
    private static func unescape(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> String?? {
        if field.count == 2, field[field.startIndex] == 92, field[field.startIndex + 1] == UInt8(ascii: "-") {
            return .some(nil)
        }
        var bytes: [UInt8] = [], escaping = false
        bytes.reserveCapacity(field.count)
        for byte in field {
            if escaping {
                escaping = false
                switch byte {
                case UInt8(ascii: "t"): bytes.append(9)
                case UInt8(ascii: "n"): bytes.append(10)
                case UInt8(ascii: "\\"): bytes.append(92)
                default: return nil
                }
            } else if byte == 92 {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return escaping ? nil : .some(String(decoding: bytes, as: UTF8.self))
    }
}
