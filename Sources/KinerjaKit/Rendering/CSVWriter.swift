import Foundation

/// Writes rows as CSV with RFC 4180 quoting: a cell is quoted when it holds the delimiter,
/// a quote, or a line break, and quotes inside are doubled.
struct CSVWriter: Sendable {
    let delimiter: Character
    let lineEnd: String

    init(delimiter: Character = ",", lineEnd: String = "\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    func quote(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func write(_ rows: [[String]]) -> String {
        rows.map { $0.map(quote).joined(separator: String(delimiter)) + lineEnd }.joined()
    }
}
