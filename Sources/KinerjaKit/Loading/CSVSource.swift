import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A table of the workspace (a CSV file, or a sheet of the workbook), mapped onto its schema, with the
/// decimal convention its text numbers follow.
///
/// A class: every `RowReader` holds its source, and a row read copied the struct's six fields (a retain each) and
/// released them again, for every row of every table (issue 22).
final class CSVSource {
    /// The file as diagnostics name it: `ws/indikator.csv`, or `ws/data.xlsx[indikator]` for a sheet.
    let file: String
    let table: CSVTable
    /// Column name → position in the header.
    let positions: ColumnPositions
    let convention: DecimalMark?
    /// `.cell` for a sheet: diagnostics then name cells as `!C14`.
    let addressing: Diagnostic.Addressing
    /// Cells already reported while the sheet was read (an error value, a formula without a result):
    /// a second message about the same cell would only repeat it.
    let reported: Set<CellPosition>

    struct CellPosition: Hashable {
        let line: Int
        let column: Int
    }

    /// Decodes, parses and maps the header of a CSV file. Returns nil (with errors logged) when the file
    /// cannot be used at all: a required column is missing, or the file has no header.
    convenience init?(data: Data, file: String, schema: TableSchema, log: inout DiagnosticLog) {
        if let problem = CSVSource.beyondBounds(data) {
            log.error(file, line: problem.line, column: nil, problem.message)
            return nil
        }
        let decoded = TextDecoding.decode(data)
        if decoded.usedWindows1252 {
            log.warning(
                file,
                "the file is not UTF-8; it was read as Windows-1252 (Excel's \"CSV (Comma delimited)\"). Save it as \"CSV UTF-8\" to be sure names keep their characters",
                id:
                    "berkas ini bukan UTF-8; dibaca sebagai Windows-1252 (\"CSV (Comma delimited)\" dari Excel). Simpan sebagai \"CSV UTF-8\" agar huruf pada nama tidak berubah"
            )
        }
        let (table, problems) = CSVReader().read(decoded.text)
        for problem in problems { log.error(file, line: problem.line, column: problem.column, problem.message) }
        self.init(
            table: table, file: file, schema: schema, addressing: .lineColumn, reported: [],
            mayHoldControls: ControlCharacters.mayHoldUnsafeInText(decoded.text), log: &log)

        for record in table.records where record.cells.count > table.header.count {
            let extra = record.cells[table.header.count...]
            guard let first = extra.first(where: { !$0.value.trimmingSpaces().isEmpty }) else { continue }
            let delimiter = table.delimiter == ";" ? ("semicolon", "titik koma") : ("comma", "koma")
            log.error(
                file, line: first.line, column: first.column,
                "this line has \(record.cells.count) cells but the header has \(table.header.count): \"\(first.value)\" is beyond the last column; a value that contains a \(delimiter.0) must be put in double quotes",
                id:
                    "baris ini berisi \(record.cells.count) sel, tetapi baris judul hanya \(table.header.count): \"\(first.value)\" berada di luar kolom terakhir; nilai yang memuat \(delimiter.1) harus diapit tanda kutip ganda"
            )
        }
    }

    /// The largest CSV file read, the most cells one line may have, and the most delimiters in the whole
    /// file: a workspace's tables are kilobytes (hundreds of rows of a few dozen columns), and a hostile
    /// file (one line of 25 million delimiters, or six thousand "empty" rows of ten thousand) would
    /// otherwise take gigabytes and minutes.
    static let largestFile = 16 * 1024 * 1024, widestLine = 10_000, mostCells = 500_000

    /// Why `data` is refused before it is parsed, with the line at fault; nil when it is within bounds.
    /// Delimiters are counted on every line, quoted or not (a bound, not a parse); a line ends at LF, or
    /// at a CR not followed by LF (files saved by classic Mac Excel).
    static func beyondBounds(_ data: Data) -> (line: Int?, message: Message)? {
        guard data.count <= largestFile else {
            return (
                nil,
                Message(
                    "the file is larger than \(largestFile / 1024 / 1024) MB; a workspace's tables are far smaller",
                    id:
                        "berkas ini lebih besar dari \(largestFile / 1024 / 1024) MB; tabel ruang kerja jauh lebih kecil"
                )
            )
        }
        // On the bytes of a buffer: iterating `Data` itself costs several times as much (issue 22).
        return data.withUnsafeBytes { withinBounds($0) ? nil : beyondBounds(bytes: $0) }
    }

    /// Whether `bytes` is surely within bounds, told by the distances between its LFs alone (found by memchr,
    /// instead of looking at every byte for a delimiter, a tenth of reading a CSV file; issue 22): a line has
    /// no more delimiters than bytes, and ends at an LF or before (at a CR), so when no stretch between LFs is
    /// longer than `widestLine`, no line has more delimiters than that; and the file has no more delimiters than
    /// bytes. False when either is unsure: `beyondBounds(bytes:)` counts. CSVBoundsParityTests compares them.
    static func withinBounds(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count <= mostCells else { return false }
        guard let base = bytes.baseAddress else { return true }
        var start = 0
        while start < bytes.count {
            guard let found = memchr(base + start, 0x0A, bytes.count - start) else {
                return bytes.count - start <= widestLine
            }
            let end = base.distance(to: UnsafeRawPointer(found))
            if end - start > widestLine { return false }
            start = end + 1
        }
        return true
    }

    /// Counts every line's delimiters, and the file's; the line at fault when there are too many.
    static func beyondBounds(bytes: UnsafeRawBufferPointer) -> (line: Int?, message: Message)? {
        var line = 1, delimiters = 0, total = 0, afterCR = false
        for byte in bytes {
            defer { afterCR = byte == 0x0D }
            if byte == 0x0A {
                if !afterCR { line += 1 }
                delimiters = 0
                continue
            }
            if byte == 0x0D {
                line += 1
                delimiters = 0
                continue
            }
            guard byte == 0x2C || byte == 0x3B else { continue }
            delimiters += 1
            total += 1
            if delimiters > widestLine {
                return (
                    line,
                    Message(
                        "this line has more than \(widestLine) cells; a table of the workspace has at most a few dozen columns",
                        id:
                            "baris ini memuat lebih dari \(widestLine) sel; tabel ruang kerja paling banyak hanya puluhan kolom"
                    )
                )
            }
            if total > mostCells {
                return (
                    line,
                    Message(
                        "the file has more than \(mostCells) cells by here; a workspace's tables have a few thousand: keep only the agency's own table in it",
                        id:
                            "berkas ini memuat lebih dari \(mostCells) sel sampai di sini; tabel ruang kerja hanya beberapa ribu sel: simpan hanya tabel instansi di dalamnya"
                    )
                )
            }
        }
        return nil
    }

    /// Maps the header of an already parsed table (a CSV file's, or a sheet's) onto `schema`.
    ///
    /// `mayHoldControls` false says that no cell holds a control character or a direction override, so no record
    /// is looked at for them: a CSV file's cells are pieces of its text, and a text none of whose bytes could
    /// begin one (`ControlCharacters.mayHoldUnsafeInText`, told once for the file) holds none in any cell; the
    /// cells were each looked at, a tenth of mapping a table (issue 22).
    init?(
        table: CSVTable, file: String, schema: TableSchema, addressing: Diagnostic.Addressing,
        reported: Set<CellPosition>, mayHoldControls: Bool = true, log: inout DiagnosticLog
    ) {
        self.file = file
        self.addressing = addressing
        self.reported = reported
        let what =
            addressing == .cell
            ? ("the sheet is empty; expected a header row", "lembar ini kosong; baris pertama harus berisi judul kolom")
            : ("the file is empty; expected a header line", "berkas ini kosong; baris pertama harus berisi judul kolom")
        guard !table.header.allSatisfy({ $0.value.trimmingSpaces().isEmpty }) else {
            let columns = schema.columns.filter(\.required).map(\.name).joined(separator: ", ")
            log.error(
                file, line: 1, column: 1, addressing: addressing, "\(what.0) with the columns \(columns)",
                id: "\(what.1): \(columns)")
            return nil
        }

        var positions = ColumnPositions()
        for (index, cell) in table.header.enumerated() {
            let header = cell.value.trimmingSpaces()
            guard let column = schema.column(named: header) else {
                if !header.isEmpty {
                    log.warning(
                        file, line: cell.line, column: cell.column, addressing: addressing,
                        "unknown column \"\(header)\" is ignored",
                        id: "kolom \"\(header)\" tidak dikenal dan diabaikan")
                }
                continue
            }
            if positions[column.name] != nil {
                log.error(
                    file, line: cell.line, column: cell.column, addressing: addressing,
                    "column \"\(column.name)\" appears twice in the header; keep one",
                    id: "kolom \"\(column.name)\" muncul dua kali di baris judul; sisakan satu")
                continue
            }
            positions[column.name] = index
        }
        let missing = schema.columns.filter { $0.required && positions[$0.name] == nil }
        let headerLine = table.header.first?.line ?? 1
        // A sheet laid out one column per quarter (kode, TW1, TW2, TW3), as many planners keep realisasi: said as
        // what it is, with the layout kinerja reads.
        let quarterColumns = table.header.map { $0.value.trimmingSpaces() }.filter {
            if case .quarter = ValuePeriod($0, reportYear: 2000) { return true }
            return false
        }
        for column in missing {
            let present = table.header.map(\.value).filter { !$0.isEmpty }.joined(separator: ", ")
            let wide =
                column.name == "periode" && quarterColumns.count >= 2
                ? (
                    "; the header has one column per quarter (\(quarterColumns.joined(separator: ", "))), and kinerja reads one row per kode and quarter: columns kode, periode, nilai, with rows such as IKU-01, TW1, 87,5 (kinerja panduan)",
                    "; baris judul berisi satu kolom per triwulan (\(quarterColumns.joined(separator: ", "))), sedangkan kinerja membaca satu baris per kode dan triwulan: kolom kode, periode, nilai, dengan baris seperti IKU-01, TW1, 87,5 (kinerja panduan)"
                ) : ("", "")
            log.error(
                file, line: headerLine, column: 1, addressing: addressing,
                "missing required column \"\(column.name)\"; the header has: \(present)\(wide.0)",
                id: "kolom wajib \"\(column.name)\" tidak ada; baris judul berisi: \(present)\(wide.1)")
        }
        guard missing.isEmpty else { return nil }
        self.positions = positions

        // A total row is one message, not a "kolom kosong" for each of its empty cells.
        var records: [CSVRecord] = []
        var controlled: [CSVCell] = []
        for record in table.records {
            guard let label = TotalRow.label(of: record, kodePosition: positions["kode"]) else {
                records.append(mayHoldControls ? ControlCharacters.cleaned(record, found: &controlled) : record)
                continue
            }
            let row = CSVSource.lineName(record.line, addressing: addressing)
            log.error(
                file, line: label.line, column: label.column, addressing: addressing,
                Message(
                    "\(row.0) looks like a total row (\"\(label.value.trimmingSpaces())\"); remove it from the table: kinerja computes every total itself",
                    id:
                        "\(row.1) tampaknya baris jumlah (\"\(label.value.trimmingSpaces())\"); hapus baris itu dari tabel: kinerja menghitung semua jumlah sendiri"
                ))
        }
        let kept = CSVTable(delimiter: table.delimiter, header: table.header, records: records, titles: table.titles)
        self.table = kept
        if let first = controlled.first {
            let count = controlled.count, at = CSVSource.lineName(first.line, addressing: addressing)
            log.warning(
                file, line: first.line, column: first.column, addressing: addressing,
                Message(
                    "\(count) cell\(count == 1 ? "" : "s") (the first on \(at.en)) held control characters or direction overrides, which are removed from the reports; retype the text if it was pasted",
                    id:
                        "\(count) sel (yang pertama di \(at.id)) berisi karakter kendali atau pembalik arah teks, yang dibuang dari laporan; ketik ulang teksnya bila hasil tempelan"
                ))
        }

        // The decimal convention: what the table's unambiguous text numbers prove (number cells of a
        // workbook are exact and prove nothing about how its text is written).
        // Only the mark each text proves is asked (`NumberReader.proof`), and settled as `NumberReader.convention`
        // settles a list of readings: the first proven mark, unless another text proves the other (issue 22).
        var proven: DecimalMark?, conflicting = false, texts = 0
        func add(_ mark: DecimalMark?) {
            texts += 1
            guard let mark else { return }
            if proven == nil { proven = mark } else if proven != mark { conflicting = true }
        }
        var numberCells = 0
        for column in schema.columns where column.numeric {
            guard let position = positions[column.name] else { continue }
            for record in kept.records where position < record.cells.count {
                if record.cells[position].number != nil {
                    numberCells += 1
                    continue
                }
                let value = record.cells[position].value
                // One text is the cell itself (reading trims it as `numberTexts` would).
                if let count = TargetReader.singleTextCount(value) {
                    if count == 1 { add(NumberReader.proof(value, kind: .money)) }
                    continue
                }
                for part in TargetReader.numberTexts(in: value) { add(NumberReader.proof(part, kind: .money)) }
            }
        }
        // A CSV file is written by one program in one locale, so its numbers settle each other, and so do those of
        // a sheet that holds its numbers as text (a pasted export). A sheet of number cells with a few typed as
        // text is another matter: each was typed on its own, and one "43.2" cannot tell what "42.150" two rows
        // up meant (a planner's trial: read as 42,15, capaian 0,08 %); there an ambiguous text number is an error
        // at its cell.
        let textIsTheException = addressing == .cell && numberCells > texts
        self.convention = textIsTheException || conflicting ? nil : proven
    }

    /// The cell of `column` in `record`: nil when the column is absent from the table;
    /// an empty cell positioned after the last one when the record is short.
    func cell(_ column: String, in record: CSVRecord) -> CSVCell? {
        guard let position = positions[column] else { return nil }
        if position < record.cells.count { return record.cells[position] }
        if addressing == .cell { return CSVCell(value: "", line: record.line, column: position + 1) }
        let end = record.cells.last.map { $0.column + $0.value.unicodeScalars.count + 1 } ?? 1
        return CSVCell(value: "", line: record.line, column: end)
    }

    /// How this source's messages name `table`: `indikator.csv` beside CSV files, `the sheet indikator`
    /// in a workbook.
    func name(of table: String) -> TableName {
        TableLocation.named(table, sheet: addressing == .cell)
    }

    /// How a message names one of its lines: `line 7` in a CSV file, `row 7` in a sheet (`baris 7` in both).
    func lineName(_ line: Int) -> (en: String, id: String) { Self.lineName(line, addressing: addressing) }

    static func lineName(_ line: Int, addressing: Diagnostic.Addressing) -> (en: String, id: String) {
        (addressing == .cell ? "row \(line)" : "line \(line)", "baris \(line)")
    }

    func error(line: Int?, column: Int?, _ message: Message, log: inout DiagnosticLog) {
        if let line, let column, reported.contains(CellPosition(line: line, column: column)) { return }
        log.error(file, line: line, column: column, addressing: addressing, message)
    }

    func warning(line: Int?, column: Int?, _ message: Message, doubt: Bool = false, log: inout DiagnosticLog) {
        if let line, let column, reported.contains(CellPosition(line: line, column: column)) { return }
        log.warning(file, line: line, column: column, addressing: addressing, message, doubt: doubt)
    }
}
