import Foundation

/// One cell of a CSV file with where it starts, for diagnostics.
struct CSVCell: Sendable, Equatable {
    let value: String
    let line: Int
    let column: Int
    /// A workbook's number cell: its exact value, read without any decimal convention. `value` is then
    /// the same number in plain digits (`1234.5`), for columns that take it as text (a kode, a year).
    let number: Decimal?

    init(value: String, line: Int, column: Int, number: Decimal? = nil) {
        self.value = value
        self.line = line
        self.column = column
        self.number = number
    }
}

/// One record (row) of a CSV file. `line` is the line it starts on (a quoted cell may span lines).
struct CSVRecord: Sendable, Equatable {
    let line: Int
    let cells: [CSVCell]

    /// True for a line with no content at all (`;;;` as Excel writes below a table counts as empty).
    var isBlank: Bool { cells.allSatisfy { $0.value.allSatisfy(\.isWhitespace) } }
}

/// A parsed CSV file: the header and the records after it, blank records removed.
struct CSVTable: Sendable {
    let delimiter: Character
    let header: [CSVCell]
    let records: [CSVRecord]
}
