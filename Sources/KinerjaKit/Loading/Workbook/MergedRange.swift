/// A merged range of a worksheet (`<mergeCell ref="C2:C4"/>`): the spreadsheet shows the top-left cell's
/// value across the whole range and stores it only there. Indonesian workbooks write a sasaran once over
/// the rows of its indicators this way, so every cell of the range is read as holding that value.
struct MergedRange: Equatable {
    static let mostFilled = 20_000

    let first: CellReference
    let last: CellReference

    /// Reads `C2:C4`; nil for a single cell or anything else.
    init?(_ ref: String) {
        let ends = ref.split(separator: ":").map(String.init)
        guard ends.count == 2, let a = CellReference(ends[0]), let b = CellReference(ends[1]),
            a.row <= b.row, a.column <= b.column, a != b
        else { return nil }
        (first, last) = (a, b)
    }

    /// `C2:C4`.
    var text: String { "\(first.text):\(last.text)" }

    /// `rows` with each range's top-left value copied into the range's other cells. Only rows that
    /// exist (hold some cell) and columns up to the sheet's widest are filled, so a hostile
    /// `A1:XFD1048576` costs no more than the sheet's own extent, and a range reaching past the table's
    /// last row adds no rows of its own.
    ///
    /// The cells filled in stop at `mostFilled` more than the sheet holds: a row with one cell in column XFD
    /// makes every row 16 384 wide, and `A2:XFD500` would then fill eight million cells (an error instead).
    ///
    /// Example: `C2:C4` holding "Meningkatnya derajat kesehatan" in C2 and nothing in C3, C4 gives C3 and
    /// C4 that text too.
    static func fill(
        _ rows: [(row: Int, cells: [SheetCell])], _ ranges: [MergedRange]
    ) throws(Workbook.Unreadable) -> [(row: Int, cells: [SheetCell])] {
        guard !ranges.isEmpty else { return rows }
        let budget = rows.reduce(0) { $0 + $1.cells.count } + mostFilled
        var filled = 0
        var byPosition: [Int: Int] = [:]
        for (index, row) in rows.enumerated() { byPosition[row.row] = index }
        var result = rows
        let width = rows.flatMap { $0.cells.map(\.reference.column) }.max() ?? 0
        for range in ranges {
            guard let topRow = byPosition[range.first.row],
                let top = rows[topRow].cells.first(where: { $0.reference == range.first })
            else { continue }
            // Whichever is fewer: the range's rows, or the rows the sheet has.
            let height = range.last.row - range.first.row + 1
            let indices =
                height <= rows.count
                ? (range.first.row...range.last.row).compactMap { byPosition[$0] }
                : rows.indices.filter { (range.first.row...range.last.row).contains(rows[$0].row) }
            for index in indices {
                let row = rows[index].row
                let present = Set(result[index].cells.map(\.reference.column))
                let lastColumn = min(range.last.column, width)
                guard range.first.column <= lastColumn else { continue }
                for column in range.first.column...lastColumn where !present.contains(column) {
                    filled += 1
                    guard filled <= budget else {
                        let text = range.text
                        throw Workbook.Unreadable(
                            reason: Message(
                                "the merged range \(text) covers more cells than the sheet holds (over \(mostFilled) more); unmerge it, or merge only the cells of one table",
                                id:
                                    "rentang gabungan \(text) mencakup lebih banyak sel daripada isi lembar ini (lebih dari \(mostFilled) sel tambahan); pisahkan gabungannya, atau gabungkan hanya sel dalam satu tabel"
                            ))
                    }
                    result[index].cells.append(
                        SheetCell(
                            reference: CellReference(column: column, row: row),
                            value: top.value, format: top.format, merged: range))
                }
                result[index].cells.sort { $0.reference.column < $1.reference.column }
            }
        }
        return result
    }
}
