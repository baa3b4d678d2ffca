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

    /// The fields of a line `join` made; nil when it holds an escape `join` does not make.
    static func split(_ line: Substring) -> [String?]? {
        var fields: [String?] = [], field: [UInt8] = [], escaping = false, absent = false
        for byte in line.utf8 {
            if escaping {
                escaping = false
                switch byte {
                case UInt8(ascii: "t"): field.append(9)
                case UInt8(ascii: "n"): field.append(10)
                case UInt8(ascii: "\\"): field.append(92)
                case UInt8(ascii: "-") where field.isEmpty: absent = true
                default: return nil
                }
            } else if byte == 92 {
                guard !absent else { return nil }
                escaping = true
            } else if byte == 9 {
                fields.append(absent ? nil : String(decoding: field, as: UTF8.self))
                (field, absent) = ([], false)
            } else {
                guard !absent else { return nil }
                field.append(byte)
            }
        }
        guard !escaping else { return nil }
        fields.append(absent ? nil : String(decoding: field, as: UTF8.self))
        return fields
    }
}
