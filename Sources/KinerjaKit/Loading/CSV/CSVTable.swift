import Foundation

/// One cell of a CSV file with where it starts, for diagnostics.
struct CSVCell: Sendable, Equatable {
    let value: String
    let line: Int
    let column: Int
    /// A workbook's number cell: its exact value, read without any decimal convention. `value` is then
    /// the same number in plain digits (`1234.5`), for columns that take it as text (a kode, a year).
    let number: Decimal?
    /// A workbook's percent cell holding 2 or more, so showing 200 % or more: `PercentCellDoubt` has said so
    /// at the cell, and no other check adds its own guess at the same cell.
    let doubtfulPercent: Bool

    init(value: String, line: Int, column: Int, number: Decimal? = nil, doubtfulPercent: Bool = false) {
        self.value = value
        self.line = line
        self.column = column
        self.number = number
        self.doubtfulPercent = doubtfulPercent
    }
}

/// One record (row) of a CSV file. `line` is the line it starts on (a quoted cell may span lines).
struct CSVRecord: Sendable, Equatable {
    let line: Int
    let cells: [CSVCell]

    /// True for a line with no content at all (`;;;` as Excel writes below a table counts as empty).
    /// A cell whose first byte is ASCII and not whitespace is not blank, told without reading its Characters
    /// (asked of every record, issue 22); any other cell is read by Characters.
    var isBlank: Bool {
        cells.allSatisfy { cell in
            guard let first = cell.value.utf8.first else { return true }
            if first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
            return cell.value.allSatisfy(\.isWhitespace)
        }
    }
}

/// A parsed CSV file: the header and the records after it, blank records removed.
struct CSVTable: Sendable {
    let delimiter: Character
    let header: [CSVCell]
    let records: [CSVRecord]
    /// The title rows above a sheet's header (none for a CSV file), for what they say of the values
    /// (`TitleHints`, `CumulativeRealisasi`).
    var titles: [TitleHints.Title] = []
}
