import Foundation

/// Writes rows as CSV with RFC 4180 quoting: a cell is quoted when it holds the delimiter,
/// a quote, or a line break, and quotes inside are doubled.
struct CSVWriter: Sendable {
    let delimiter: Character
    let lineEnd: String
    /// The delimiter's byte when it is ASCII (`,` or `;`), for `needsQuotes`.
    private let delimiterByte: UInt8?

    init(delimiter: Character = ",", lineEnd: String = "\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
        delimiterByte = delimiter.asciiValue
    }

    func quote(_ cell: String) -> String {
        guard needsQuotes(cell) else { return cell }
        // Foundation's `replacingOccurrences` costs some 30 000 instructions a cell (a tenth of the view
        // renderer's CSV work, issue 22): a cell without a quote byte has no quote to double (no other
        // Character equals `"`); the others are doubled by `TextReplacement`, on bytes in an ASCII cell, by
        // Foundation among other text.
        if !cell.utf8.contains(UInt8(ascii: "\"")) { return "\"" + cell + "\"" }
        return "\"" + TextReplacement.replacing(cell, "\"", with: "\"\"") + "\""
    }

    /// Whether the cell holds the delimiter, a quote or a line break (as Characters). Its bytes tell
    /// when none of theirs is there, or when it is ASCII alone (one Character a byte but "\r\n", itself a
    /// break); only a cell with both such a byte and other text is walked by Characters (quoting every
    /// value was 3 % of a kabupaten run).
    func needsQuotes(_ cell: String) -> Bool {
        guard let delimiterByte else { return needsQuotesByCharacters(cell) }
        var isASCII = true, hasSpecial = false
        for byte in cell.utf8 {
            if byte >= 0x80 { isASCII = false }
            if byte == delimiterByte || byte == UInt8(ascii: "\"") || byte == .lineFeed || byte == .carriageReturn {
                hasSpecial = true
            }
        }
        return hasSpecial && (isASCII || needsQuotesByCharacters(cell))
    }

    /// Whether a cell of these UTF-8 bytes may need quotes: false when it holds no byte of the delimiter,
    /// a quote or a line break, and then `needsQuotes` is false (the view renderer writes such a cell as
    /// it is, read in place).
    func mayNeedQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let delimiterByte else { return true }
        return bytes.contains {
            $0 == delimiterByte || $0 == UInt8(ascii: "\"") || $0 == .lineFeed || $0 == .carriageReturn
        }
    }

    func needsQuotesByCharacters(_ cell: String) -> Bool {
        cell.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    func write(_ rows: [[String]]) -> String {
        rows.map { $0.map(quote).joined(separator: String(delimiter)) + lineEnd }.joined()
    }
}

private extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
