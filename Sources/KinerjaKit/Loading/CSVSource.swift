import Foundation

/// A CSV file of the workspace, parsed and mapped onto its schema, with the file's decimal convention.
struct CSVSource {
    /// The file as diagnostics name it.
    let file: String
    let table: CSVTable
    /// Column name → position in the header.
    let positions: [String: Int]
    let convention: DecimalMark?

    /// Decodes, parses and maps the header. Returns nil (with errors logged) when the file cannot be
    /// used at all: a required column is missing, or the file has no header.
    init?(data: Data, file: String, schema: TableSchema, log: inout DiagnosticLog) {
        self.file = file
        let decoded = TextDecoding.decode(data)
        if decoded.usedWindows1252 {
            log.warning(file, "the file is not UTF-8; it was read as Windows-1252 (Excel's \"CSV (Comma delimited)\"). Save it as \"CSV UTF-8\" to be sure names keep their characters")
        }
        let (table, problems) = CSVReader().read(decoded.text)
        for problem in problems { log.error(file, line: problem.line, column: problem.column, problem.message) }
        self.table = table
        guard !table.header.allSatisfy({ $0.value.trimmingSpaces().isEmpty }) else {
            log.error(file, line: 1, column: 1, "the file is empty; expected a header line with the columns \(schema.columns.filter(\.required).map(\.name).joined(separator: ", "))")
            return nil
        }

        var positions: [String: Int] = [:]
        for (index, cell) in table.header.enumerated() {
            let header = cell.value.trimmingSpaces()
            guard let column = schema.column(named: header) else {
                if !header.isEmpty {
                    log.warning(file, line: cell.line, column: cell.column, "unknown column \"\(header)\" is ignored")
                }
                continue
            }
            if positions[column.name] != nil {
                log.error(file, line: cell.line, column: cell.column, "column \"\(column.name)\" appears twice in the header; keep one")
                continue
            }
            positions[column.name] = index
        }
        let missing = schema.columns.filter { $0.required && positions[$0.name] == nil }
        for column in missing {
            log.error(file, line: 1, column: 1, "missing required column \"\(column.name)\"; the header has: \(table.header.map(\.value).joined(separator: ", "))")
        }
        guard missing.isEmpty else { return nil }
        self.positions = positions

        for record in table.records where record.cells.count > table.header.count {
            let extra = record.cells[table.header.count...]
            guard let first = extra.first(where: { !$0.value.trimmingSpaces().isEmpty }) else { continue }
            let delimiter = table.delimiter == ";" ? "semicolon" : "comma"
            log.error(file, line: first.line, column: first.column,
                      "this line has \(record.cells.count) cells but the header has \(table.header.count): \"\(first.value)\" is beyond the last column; a value that contains a \(delimiter) must be put in double quotes")
        }

        // The decimal convention: what the file's unambiguous numbers prove.
        var readings: [NumberReader.Reading] = []
        for column in schema.columns where column.numeric {
            guard let position = positions[column.name] else { continue }
            for record in table.records where position < record.cells.count {
                for part in TargetReader.numberTexts(in: record.cells[position].value) {
                    readings.append(NumberReader.reading(part, kind: .money))
                }
            }
        }
        self.convention = NumberReader.convention(of: readings)
    }

    /// The cell of `column` in `record`: nil when the column is absent from the file;
    /// an empty cell positioned after the last one when the record is short.
    func cell(_ column: String, in record: CSVRecord) -> CSVCell? {
        guard let position = positions[column] else { return nil }
        if position < record.cells.count { return record.cells[position] }
        let end = record.cells.last.map { $0.column + $0.value.unicodeScalars.count + 1 } ?? 1
        return CSVCell(value: "", line: record.line, column: end)
    }
}
