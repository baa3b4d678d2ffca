import Foundation

/// Turns a worksheet into the table its CSV file would be: the first row with content is the header,
/// every later row a record, each cell's text as a CSV cell would hold it. A number cell stays exact
/// (`CSVCell.number`); in a date column (`mulai`, `selesai`) it is a serial date and becomes
/// `2024-10-03 08:00`. Cells that cannot be used (an error value, a formula without a saved result)
/// are reported here, at the cell, and left empty.
enum SheetTable {
    static func table(_ sheet: SheetRows, schema: TableSchema, date1904: Bool, file: String,
                      log: inout DiagnosticLog) -> (table: CSVTable, reported: Set<CSVSource.CellPosition>) {
        guard let first = sheet.rows.first else {
            return (CSVTable(delimiter: ",", header: [], records: []), [])
        }
        let width = sheet.rows.flatMap { $0.cells.map(\.reference.column) }.max() ?? 0
        var reported: Set<CSVSource.CellPosition> = []

        func cells(_ row: (row: Int, cells: [SheetCell]), dateColumns: Set<Int>) -> [CSVCell] {
            var byColumn: [Int: SheetCell] = [:]
            for cell in row.cells { byColumn[cell.reference.column] = cell }
            return (1...max(width, 1)).map { column in
                guard let cell = byColumn[column] else { return CSVCell(value: "", line: row.row, column: column) }
                let position = CSVSource.CellPosition(line: row.row, column: column)
                func problem(_ message: Message) -> CSVCell {
                    log.error(file, line: row.row, column: column, addressing: .cell, message)
                    reported.insert(position)
                    return CSVCell(value: "", line: row.row, column: column)
                }
                switch cell.value {
                case .text(let text):
                    return CSVCell(value: text, line: row.row, column: column)
                case .bool(let flag):
                    return CSVCell(value: flag ? "TRUE" : "FALSE", line: row.row, column: column)
                case .number(let number) where dateColumns.contains(column):
                    guard let moment = SerialDate.moment(number, date1904: date1904) else {
                        return problem(Message("the number \(number.plainString) is not a date; enter a date such as 2024-10-03 08:00", id: "angka \(number.plainString) bukan tanggal; isi dengan tanggal seperti 2024-10-03 08:00"))
                    }
                    return CSVCell(value: moment.spaced, line: row.row, column: column)
                case .number(let number):
                    return CSVCell(value: number.plainString, line: row.row, column: column, number: number)
                case .error(let value):
                    return problem(Message("the cell holds the error value \(value); correct its formula or type the value", id: "sel ini berisi nilai galat \(value); perbaiki rumusnya atau ketik nilainya"))
                case .formulaWithoutValue(let formula):
                    return problem(Message("the formula =\(formula) has no saved result; open the workbook in Excel or LibreOffice, let it recalculate, and save it", id: "rumus =\(formula) tidak punya hasil tersimpan; buka buku kerja di Excel atau LibreOffice, biarkan dihitung ulang, lalu simpan"))
                }
            }
        }

        let header = cells(first, dateColumns: [])
        let dateColumns = Set(header.enumerated().compactMap { index, cell in
            schema.column(named: cell.value)?.date == true ? index + 1 : nil
        })
        let records = sheet.rows.dropFirst()
            .map { CSVRecord(line: $0.row, cells: cells($0, dateColumns: dateColumns)) }
            .filter { !$0.isBlank }
        return (CSVTable(delimiter: ",", header: header, records: records), reported)
    }
}
