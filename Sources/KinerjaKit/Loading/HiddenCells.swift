import Foundation

/// Rows and columns hidden in a workbook's sheet that kinerja reads all the same. A planner hides what no
/// longer counts (an indicator dropped in the Renja Perubahan, filtered out; the old PK targets beside the
/// revised ones) and sees a table without it; kinerja reads the file, not the screen, so a hidden row's
/// indicator is counted and a hidden column's values are printed with nothing to say so (a planner's trial:
/// an average of 81,33 % where 86,90 % was meant). Each is a doubt (`Doubts`), said once per sheet for the
/// rows and once per hidden column, at its header; the values are still read as the file holds them.
///
///     rows 12 and 32–34 hidden, IKK-11 in them → "rows 12 and 32–34 are hidden in the sheet … IKK-11 counts …"
///     column H (`target`) hidden, holding values → "column H (target) is hidden in the sheet but is read …"
enum HiddenCells {
    /// Says the hidden rows among `records` (total rows aside) and the hidden columns that `columns` reads and
    /// that hold a value; `header` is the header row's cells, `kode` the kode column's position in a record.
    static func check(
        _ records: [CSVRecord], header: [CSVCell], columns: [Int: TableSchema.Column], kode: Int?,
        sheet: SheetRows, file: String, log: inout DiagnosticLog
    ) {
        guard !sheet.hiddenRows.isEmpty || !sheet.hiddenColumns.isEmpty else { return }
        let counted = records.filter { TotalRow.label(of: $0, kodePosition: kode) == nil }
        let hidden = counted.filter { sheet.hiddenRows.contains($0.line) }
        if let first = hidden.first {
            let rows = spans(hidden.map(\.line))
            var kodes: [String] = []
            for record in hidden {
                guard let kode, kode < record.cells.count else { break }
                let text = record.cells[kode].value.trimmingSpaces()
                if !text.isEmpty, !kodes.contains(text) { kodes.append(text) }
            }
            let named = kodes.prefix(5).joined(separator: ", ") + (kodes.count > 5 ? ", …" : "")
            let plural = hidden.count > 1
            log.warning(
                file, line: first.line, column: kode.map { $0 + 1 }, addressing: .cell,
                Message(
                    "\(plural ? "rows" : "row") \(rows.en) \(plural ? "are" : "is") hidden in the sheet (Hide, a filter or a collapsed group) but read like every other row\(named.isEmpty ? "" : ": \(named) \(kodes.count > 1 ? "count" : "counts") in the report"); delete \(plural ? "the rows that do" : "the row if it does") not belong, or show \(plural ? "them" : "it")",
                    id:
                        "baris \(rows.id) tersembunyi di lembar ini (disembunyikan, difilter, atau dilipat) tetapi tetap dibaca seperti baris lain\(named.isEmpty ? "" : ": \(named) ikut dihitung dalam laporan"); hapus baris yang tidak termasuk, atau tampilkan kembali"
                ), doubt: true)
        }
        for cell in header {
            // Numeric columns only: a planner hides the text columns kinerja needs (polaritas, agregasi, iku) and
            // fills them honestly; a hidden number is what stands in for the visible one (old targets).
            guard let column = columns[cell.column], column.numeric,
                sheet.hiddenColumns.contains(where: { $0.contains(cell.column) }),
                counted.contains(where: { record in
                    record.cells.indices.contains(cell.column - 1)
                        && !record.cells[cell.column - 1].value.trimmingSpaces().isEmpty
                })
            else { continue }
            let letters = CellReference.letters(cell.column)
            log.warning(
                file, line: cell.line, column: cell.column, addressing: .cell,
                Message(
                    "column \(letters) (\(column.name)) is hidden in the sheet but read: its values are the report's \(column.name); if another column holds the values meant, delete this one and head that one \(column.name)",
                    id:
                        "kolom \(letters) (\(column.name)) tersembunyi di lembar ini tetapi tetap dibaca: nilainya menjadi \(column.name) dalam laporan; jika nilai yang dimaksud ada di kolom lain, hapus kolom ini dan beri kolom itu judul \(column.name)"
                ), doubt: true)
        }
    }

    /// Row numbers in runs: `[12, 32, 33, 34]` → "12 and 32–34" ("12 dan 32–34"); past ten runs, the first ten
    /// and "…" (a message goes into every report's list of doubts).
    static func spans(_ rows: [Int]) -> (en: String, id: String) {
        var runs: [String] = []
        var index = 0
        let sorted = rows.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            runs.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        if runs.count > 10 {
            let head = runs.prefix(10).joined(separator: ", ") + ", …"
            return (head, head)
        }
        guard let last = runs.last, runs.count > 1 else { return (runs.first ?? "", runs.first ?? "") }
        let head = runs.dropLast().joined(separator: ", ")
        return ("\(head) and \(last)", "\(head) dan \(last)")
    }
}
