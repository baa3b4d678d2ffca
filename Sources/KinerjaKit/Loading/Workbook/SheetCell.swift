import Foundation

/// One non-empty cell of a worksheet, as the workbook stores it.
struct SheetCell: Equatable {
    enum Value: Equatable {
        /// A shared or inline string, or the text result of a formula.
        case text(String)
        /// A number cell (also a date stored as a serial number): exact, no locale involved.
        case number(Decimal)
        case bool(Bool)
        /// An error value such as `#DIV/0!` (usually a formula's result).
        case error(String)
        /// A formula whose result the workbook did not save.
        case formulaWithoutValue(String)
    }

    let reference: CellReference
    let value: Value
    /// How the cell's number format shows a number: a percent, a date, or as it is.
    var format: NumberFormat = .plain
    /// The merged range whose top-left value this cell shows (`MergedRange.fill`); nil for a cell that holds
    /// its own value, the top-left cell included.
    var merged: MergedRange? = nil
}

/// One worksheet's cells, by row (rows with no cell are absent).
struct SheetRows {
    let rows: [(row: Int, cells: [SheetCell])]
    /// The rows hidden in the spreadsheet (`<row hidden="1">`: Hide Rows, a filter, a collapsed group) that hold a
    /// cell, and the hidden columns (`<col min max hidden="1">`), as ranges: `HiddenCells` says when they are read.
    var hiddenRows: Set<Int> = []
    var hiddenColumns: [ClosedRange<Int>] = []
}
