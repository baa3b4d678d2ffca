import Foundation

/// Turns a worksheet into the table its CSV file would be: the first row with content is the header,
/// every later row a record, each cell's text as a CSV cell would hold it, read as the user sees it:
///
/// - a number cell stays exact (`CSVCell.number`); in a date column (`mulai`, `selesai`) it is a serial
///   date and becomes `2024-10-03 08:00`;
/// - a percent-formatted number in a numeric column is the percent shown (0.714 → 71.4), with one note
///   per sheet;
/// - a date cell in a text column is the date as its format shows it (`15/08/2025`), with a warning; in a
///   numeric column it is an error that shows the date, not its serial number; in a target column, an error that
///   says a band typed there was made a date and is typed as text (`'7-8`), not re-formatted as Number.
///
/// Cells that cannot be used (an error value, a formula without a saved result, a date for a number, a number
/// merged over rows) are reported here, at the cell, and left empty; hidden rows and columns that are read are
/// doubts (`HiddenCells`).
enum SheetTable {
    /// The position of the header among the first rows: the first that holds every required column of the table
    /// (or, for a table without required columns, two of its columns); 0 when none does, and then the first row
    /// is the header as always and its missing columns are reported.
    ///
    /// A header of two rows (a merged group such as `Target` over target…target_tw4, the other names merged down
    /// over both rows) has two such rows, one above the other: the lower holds the column names.
    static func headerIndex(_ rows: [(row: Int, cells: [SheetCell])], schema: TableSchema) -> Int {
        for index in rows.indices.prefix(10) where namesTheColumns(rows[index].cells, schema: schema) {
            let lower = index + 1
            let twoRows =
                lower < rows.count && rows[lower].row == rows[index].row + 1
                && namesTheColumns(rows[lower].cells, schema: schema)
            return twoRows ? lower : index
        }
        return 0
    }

    /// Whether a row names every required column of the table (or, for one without any, two of its columns).
    static func namesTheColumns(_ cells: [SheetCell], schema: TableSchema) -> Bool {
        let required = Set(schema.columns.filter(\.required).map(\.name))
        let named = Set(
            cells.compactMap { cell -> String? in
                guard case .text(let text) = cell.value else { return nil }
                return schema.column(named: text)?.name
            })
        return required.isEmpty ? named.count >= 2 : required.isSubset(of: named)
    }

    /// The group label of a two-row header's upper row (`Target`): its first text that is not the name below it.
    static func groupLabel(_ upper: [SheetCell], over lower: [SheetCell]) -> String? {
        func text(_ cell: SheetCell) -> String? { if case .text(let s) = cell.value { s } else { nil } }
        let below = Dictionary(
            lower.compactMap { cell in text(cell).map { (cell.reference.column, $0) } }, uniquingKeysWith: { a, _ in a }
        )
        return upper.lazy.compactMap { cell in
            text(cell).flatMap { $0 == below[cell.reference.column] ? nil : $0 }
        }.first
    }

    static func table(
        _ whole: SheetRows, schema: TableSchema, date1904: Bool, file: String, year: Int? = nil,
        log: inout DiagnosticLog
    ) -> (table: CSVTable, reported: Set<CSVSource.CellPosition>) {
        // A title above the header (a merged "REALISASI KINERJA … TW III 2025" in row 1, as dinas workbooks have):
        // the header is the first of the first rows that names the table's required columns; the rows above it
        // are not read, said once at the first.
        let start = headerIndex(whole.rows, schema: schema)
        let twoRows = start > 0 && namesTheColumns(whole.rows[start - 1].cells, schema: schema)
        if twoRows {
            let (upper, header) = (whole.rows[start - 1], whole.rows[start])
            let label = groupLabel(upper.cells, over: header.cells).map { " (\"\(String($0.prefix(60)))\")" } ?? ""
            log.warning(
                file, line: upper.row, column: nil, addressing: .cell,
                Message(
                    "the header is two rows, \(upper.row) and \(header.row): the column names are read from row \(header.row), and row \(upper.row)\(label), which groups them, is not read\(start > 1 ? ", nor the rows above it" : "")",
                    id:
                        "judul kolom terdiri atas dua baris, \(upper.row) dan \(header.row): nama kolom dibaca dari baris \(header.row), dan baris \(upper.row)\(label) yang mengelompokkannya tidak dibaca\(start > 1 ? ", begitu pula baris di atasnya" : "")"
                ))
        } else if start > 0, let title = whole.rows.first, let header = whole.rows.dropFirst(start).first {
            let text =
                title.cells.compactMap { cell -> String? in if case .text(let s) = cell.value { s } else { nil } }
                .first.map { " (\"\(String($0.prefix(60)))\($0.count > 60 ? "…" : "")\")" } ?? ""
            let above = start == 1 ? "row \(title.row)" : "rows \(title.row)–\(whole.rows[start - 1].row)"
            let aboveID = start == 1 ? "baris \(title.row)" : "baris \(title.row)–\(whole.rows[start - 1].row)"
            log.warning(
                file, line: title.row, column: nil, addressing: .cell,
                Message(
                    "the header is row \(header.row); \(above) above it\(text) \(start == 1 ? "is" : "are") a title and not read; a table starts with its header row",
                    id:
                        "judul kolom ada di baris \(header.row); \(aboveID) di atasnya\(text) berupa judul dan tidak dibaca; tabel dimulai dengan baris judul kolomnya"
                ))
        }
        // What the title above the header says of the numbers (thousands, another year): `TitleHints`.
        let titles = whole.rows.prefix(twoRows ? start - 1 : start).flatMap { row in
            row.cells.compactMap { cell -> TitleHints.Title? in
                guard case .text(let text) = cell.value else { return nil }
                return TitleHints.Title(line: row.row, column: cell.reference.column, text: text)
            }
        }
        TitleHints.check(titles, schema: schema, year: year, file: file, log: &log)
        let sheet = SheetRows(
            rows: Array(whole.rows.dropFirst(start)), hiddenRows: whole.hiddenRows, hiddenColumns: whole.hiddenColumns)
        guard let first = sheet.rows.first else {
            return (CSVTable(delimiter: ",", header: [], records: []), [])
        }
        // The table is as wide as its header: a value further right is reported below, not read (and a
        // stray cell at XFD does not make every row 16 384 cells wide).
        let width = first.cells.map(\.reference.column).max() ?? 0
        var reported: Set<CSVSource.CellPosition> = []

        var percentCells: [CellReference] = []
        // A row's unusable cells, logged once the row is known not to be a total row: a `JUMLAH` row whose
        // sums were never calculated is one message (CSVSource), not one per formula.
        // Its doubtful cells (`PercentCellDoubt`) wait with them, as warnings: a total row is one error instead.
        var pending: [(position: CSVSource.CellPosition, message: Message, doubt: Bool)] = []
        // Merged ranges over a numeric column already said, at the first cell that only shows their value.
        var mergedNumbers: Set<String> = []
        func cells(_ row: (row: Int, cells: [SheetCell]), columns: [Int: TableSchema.Column]) -> [CSVCell] {
            var byColumn: [Int: SheetCell] = [:]
            for cell in row.cells { byColumn[cell.reference.column] = cell }
            return (1...max(width, 1)).map { column in
                guard let cell = byColumn[column] else { return CSVCell(value: "", line: row.row, column: column) }
                let position = CSVSource.CellPosition(line: row.row, column: column)
                let kind = columns[column]
                func problem(_ message: Message) -> CSVCell {
                    pending.append((position, message, false))
                    return CSVCell(value: "", line: row.row, column: column)
                }
                // A number merged over rows (12 once for TW1–TW3) would count in each of them: 36 where 12 was
                // meant (a planner's trial). Which rows it belongs to, the file cannot say.
                // Merged along one row (a target over target_tw1…tw4) the value is each cell's, as before.
                if let range = cell.merged, range.first.row != range.last.row, kind?.numeric == true {
                    guard mergedNumbers.insert(range.text).inserted else {
                        return CSVCell(value: "", line: row.row, column: column)
                    }
                    let top = range.first.text
                    return problem(
                        Message(
                            "the cell is part of the merged range \(range.text), which shows \(top)'s value \(Self.shown(cell.value)) in each of its cells; a \(kind?.name ?? "value") belongs to one row: unmerge the range and type each row's own value, or leave it empty",
                            id:
                                "sel ini bagian dari rentang gabungan \(range.text), yang menampilkan nilai \(top), \(Self.shown(cell.value)), di setiap selnya; \(kind?.name ?? "nilai") milik satu baris: pisahkan gabungannya dan ketik nilai setiap baris, atau biarkan kosong"
                        ))
                }
                switch cell.value {
                case .text(let text):
                    return CSVCell(value: text, line: row.row, column: column)
                case .bool(let flag):
                    return CSVCell(value: flag ? "TRUE" : "FALSE", line: row.row, column: column)
                case .number(let number) where kind?.date == true:
                    guard let moment = SerialDate.moment(number, date1904: date1904) else {
                        return problem(
                            Message(
                                "the number \(number.plainString) is not a date; enter a date such as 2024-10-03 08:00",
                                id:
                                    "angka \(number.plainString) bukan tanggal; isi dengan tanggal seperti 2024-10-03 08:00"
                            ))
                    }
                    return CSVCell(value: moment.spaced, line: row.row, column: column)
                case .number(let number):
                    switch cell.format {
                    case .percent where kind?.numeric == true:
                        // `71,4%` typed in a cell is stored as 0.714: read it as the 71,4 the user sees.
                        percentCells.append(cell.reference)
                        let shown = number * 100
                        let doubt = PercentCellDoubt.message(stored: number)
                        if let doubt { pending.append((position, doubt, true)) }
                        return CSVCell(
                            value: shown.plainString, line: row.row, column: column, number: shown,
                            doubtfulPercent: doubt != nil)
                    case .date(let code):
                        guard let moment = SerialDate.moment(number, date1904: date1904) else { break }
                        let shown = NumberFormat.show(moment, code: code)
                        if kind?.band == true {
                            // `7-8` typed as a band became 7 August: "format as Number" would give 45876, read as
                            // the target (DateSerialTarget); a band is typed as text.
                            let band = "\(moment.date.day)-\(moment.date.month)"
                            return problem(
                                Message(
                                    "the cell holds the date \(shown): the spreadsheet turned what was typed (perhaps the band \(band)) into a date; type a band as text: format the cell as Text first, or type an apostrophe before it ('\(band)); formatting the date as Number would not bring the band back but show the date's serial number, \(number.plainString)",
                                    id:
                                        "sel ini berisi tanggal \(shown): lembar kerja mengubah yang diketik (mungkin rentang \(band)) menjadi tanggal; ketik rentang sebagai teks: format sel sebagai Teks dahulu, atau awali dengan apostrof ('\(band)); memformat tanggal ini sebagai Angka tidak mengembalikan rentangnya, melainkan menampilkan nomor seri tanggal itu, \(number.plainString)"
                                ))
                        }
                        if kind?.numeric == true {
                            return problem(
                                Message(
                                    "the cell holds the date \(shown), not a number; type the \(kind?.name ?? "value") as a number (format the cell as Number, not Date)",
                                    id:
                                        "sel ini berisi tanggal \(shown), bukan angka; ketik \(kind?.name ?? "nilainya") sebagai angka (format sel sebagai Angka, bukan Tanggal)"
                                ))
                        }
                        // A period written as a date is reported by the table's reader, which names the date.
                        if let kind, kind.name != "periode" {
                            log.warning(
                                file, line: row.row, column: column, addressing: .cell,
                                Message(
                                    "the cell holds a date; it is read as the text \"\(shown)\"",
                                    id: "sel ini berisi tanggal; dibaca sebagai teks \"\(shown)\""))
                        }
                        return CSVCell(value: shown, line: row.row, column: column)
                    default:
                        break
                    }
                    return CSVCell(value: number.plainString, line: row.row, column: column, number: number)
                case .error(let value):
                    return problem(
                        Message(
                            "the cell holds the error value \(value); correct its formula or type the value",
                            id: "sel ini berisi nilai galat \(value); perbaiki rumusnya atau ketik nilainya"))
                case .formulaWithoutValue(let formula):
                    return problem(
                        Message(
                            "the formula =\(formula) has no saved result; open the workbook in Excel or LibreOffice, let it recalculate, and save it",
                            id:
                                "rumus =\(formula) tidak punya hasil tersimpan; buka buku kerja di Excel atau LibreOffice, biarkan dihitung ulang, lalu simpan"
                        ))
                }
            }
        }

        let header = cells(first, columns: [:])
        func logPending() {
            for (position, message, doubt) in pending {
                if doubt {
                    log.warning(
                        file, line: position.line, column: position.column, addressing: .cell, message, doubt: true)
                } else {
                    log.error(file, line: position.line, column: position.column, addressing: .cell, message)
                    reported.insert(position)
                }
            }
        }
        logPending()
        var columns: [Int: TableSchema.Column] = [:]
        for (index, cell) in header.enumerated() { columns[index + 1] = schema.column(named: cell.value) }
        let kode = columns.first { $0.value.name == "kode" }.map { $0.key - 1 }
        let records = sheet.rows.dropFirst().map { row -> CSVRecord in
            pending = []
            let record = CSVRecord(line: row.row, cells: cells(row, columns: columns))
            if TotalRow.label(of: record, kodePosition: kode) == nil { logPending() }
            return record
        }.filter { !$0.isBlank }
        HiddenCells.check(
            records, header: header, columns: columns, kode: kode, sheet: sheet, file: file, log: &log)
        // A value under no header would be dropped without a word (a CSV line with a cell past its header
        // is an error too): once per such column, at its first value.
        let headed = Set(header.filter { !$0.value.trimmingSpaces().isEmpty }.map(\.column))
        var unheaded: Set<Int> = []
        let beyond = sheet.rows.dropFirst().flatMap { row in
            row.cells.filter { $0.reference.column > width }.map {
                CSVCell(value: Self.shown($0.value), line: row.row, column: $0.reference.column)
            }
        }
        for record in records.map(\.cells) + [beyond] {
            for cell in record where !headed.contains(cell.column) && !cell.value.trimmingSpaces().isEmpty {
                guard unheaded.insert(cell.column).inserted else { continue }
                let letters = CellReference.letters(cell.column)
                log.error(
                    file, line: cell.line, column: cell.column, addressing: .cell,
                    Message(
                        "the cell holds \"\(cell.value)\" but column \(letters) has no header, so it would be read as nothing; give the column a header, or clear it",
                        id:
                            "sel ini berisi \"\(cell.value)\" tetapi kolom \(letters) tidak punya judul, sehingga tidak akan terbaca; beri kolom itu judul, atau kosongkan"
                    ))
            }
        }
        if let example = percentCells.first,
            let cell = records.lazy.flatMap(\.cells)
                .first(where: { $0.line == example.row && $0.column == example.column })
        {
            let count = percentCells.count
            let shown = NumberStyle.indonesian.unrounded(cell.number ?? 0)
            log.note(
                file, addressing: .cell,
                Message(
                    "\(count) cell\(count == 1 ? " is" : "s are") formatted as a percent (the first is \(example.text)); each is read as the percent it shows: \(example.text) holds \(((cell.number ?? 0) / 100).plainString) and is read as \((cell.number ?? 0).plainString)",
                    id:
                        "\(count) sel berformat persen (yang pertama \(example.text)); masing-masing dibaca sebagai persen yang tampil: \(example.text) menyimpan \(NumberStyle.indonesian.unrounded((cell.number ?? 0) / 100)) dan dibaca \(shown)"
                ))
        }
        return (CSVTable(delimiter: ",", header: header, records: records, titles: titles), reported)
    }

    /// A cell's value as text, for a message about a cell that is not read.
    private static func shown(_ value: SheetCell.Value) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): number.plainString
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let text): text
        case .formulaWithoutValue(let formula): "=" + formula
        }
    }
}
