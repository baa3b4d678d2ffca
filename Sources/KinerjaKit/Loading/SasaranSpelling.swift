/// One sasaran typed several ways. Rows with the same sasaran text form one group (docs/format.md); a
/// double space, a capital letter or a trailing space typed in one row would split the group in two
/// and print the same sasaran twice. Texts that differ only in case and spacing are one sasaran,
/// printed as first written, with a warning at each other spelling's cell; texts that differ in any
/// other way stay apart.
///
/// Example: "Meningkatnya derajat kesehatan", then "meningkatnya  derajat kesehatan " → one sasaran,
/// "Meningkatnya derajat kesehatan", and a warning at the second row's sasaran cell.
enum SasaranSpelling {
    static func unify(_ indicators: inout [Indicator], source: CSVSource, log: inout DiagnosticLog) {
        var first: [String: (text: String, line: Int)] = [:]
        // Made for the first warning only: most tables have none (issue 22).
        lazy var records = Dictionary(source.table.records.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        for index in indicators.indices {
            let written = indicators[index].sasaran
            let key = self.key(written)
            guard let earlier = first[key] else {
                first[key] = (written, indicators[index].line)
                continue
            }
            guard earlier.text != written else { continue }
            let column = records[indicators[index].line].flatMap { source.cell("sasaran", in: $0) }?.column
            source.warning(
                line: indicators[index].line, column: column,
                Message(
                    "sasaran \"\(written)\" differs from \"\(earlier.text)\" (\(source.lineName(earlier.line).en)) only in capitals or spaces; both are read as one sasaran, \"\(earlier.text)\"",
                    id:
                        "sasaran \"\(written)\" hanya berbeda huruf besar/kecil atau spasi dari \"\(earlier.text)\" (\(source.lineName(earlier.line).id)); keduanya dibaca sebagai satu sasaran, \"\(earlier.text)\""
                ), log: &log)
            indicators[index].sasaran = earlier.text
        }
    }

    /// The text without case and with every run of spaces as one: `Meningkatnya  Mutu ` → `meningkatnya mutu`.
    static func key(_ text: String) -> String {
        var bytes = text
        // ASCII text on its bytes (issue 22: by Characters it was most of unifying the sasaran): there the
        // whitespace Characters are tab, LF, VT, FF, CR and space, and a CRLF is whitespace as its two bytes are.
        let ascii = bytes.withUTF8 { bytes -> String? in
            guard UTF8Trimming.isASCII(bytes, bytes.indices) else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var space = false
            for byte in bytes {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    space = !key.isEmpty
                    continue
                }
                if space { key.append(0x20) }
                space = false
                key.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
            }
            return String(decoding: key, as: UTF8.self)
        }
        return ascii ?? text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
