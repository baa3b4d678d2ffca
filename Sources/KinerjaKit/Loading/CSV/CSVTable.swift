import Foundation

/// One cell of a CSV file with where it starts, for diagnostics.
public struct CSVCell: Sendable, Equatable {
    public let value: String
    public let line: Int
    public let column: Int
    /// A workbook's number cell: its exact value, read without any decimal convention. `value` is then
    /// the same number in plain digits (`1234.5`), for columns that take it as text (a kode, a year).
    public let number: Decimal?

    public init(value: String, line: Int, column: Int, number: Decimal? = nil) {
        self.value = value
        self.line = line
        self.column = column
        self.number = number
    }
}

/// One record (row) of a CSV file. `line` is the line it starts on (a quoted cell may span lines).
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let cells: [CSVCell]

    /// True for a line with no content at all (`;;;` as Excel writes below a table counts as empty).
    public var isBlank: Bool { cells.allSatisfy { $0.value.allSatisfy(\.isWhitespace) } }
}

/// A parsed CSV file: the header and the records after it, blank records removed.
public struct CSVTable: Sendable {
    public let delimiter: Character
    public let header: [CSVCell]
    public let records: [CSVRecord]
}
