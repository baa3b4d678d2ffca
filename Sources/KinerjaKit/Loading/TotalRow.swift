/// A total row at the bottom of a table, as planners add one in Excel (`JUMLAH`, `TOTAL`, `Jumlah
/// Anggaran`, `Sub Total`): kinerja computes every total itself, so such a row is not data. It is told
/// apart from data by its label: the row's first non-empty cell is a total word with at most three words
/// after it, and the row has no kode of its own (its kode cell is empty or is that label). An indicator
/// named "Jumlah kasus TB yang ditemukan" has a kode, so it is never taken for a total.
enum TotalRow {
    /// The cell holding the total label, when `record` is a total row.
    static func label(of record: CSVRecord, kodePosition: Int?) -> CSVCell? {
        // By index, and a cell that starts with an ASCII letter or digit is not empty without trimming it: asked of
        // every record (issue 22), the cells were copied out and trimmed.
        guard
            let index = record.cells.indices.first(where: { !isEmpty(record.cells[$0].value) }),
            case let first = record.cells[index], first.number == nil, isTotalLabel(first.value)
        else { return nil }
        if let kodePosition, kodePosition != index, kodePosition < record.cells.count,
            !record.cells[kodePosition].value.trimmingSpaces().isEmpty
        {
            return nil
        }
        return first
    }

    /// `text.trimmingSpaces().isEmpty`, told at once for text whose first byte is ASCII and no space or tab.
    static func isEmpty(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != 0x20, first != 0x09 { return false }
        return text.trimmingSpaces().isEmpty
    }

    /// Whether an ASCII byte is one of `jtsgJTSG`, told without walking that text's bytes.
    private static func startsATotalWord(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "j"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "g"): true
        default: false
        }
    }

    /// `JUMLAH`, `Total:`, `Jumlah Anggaran`, `Sub Total Belanja`, `Grand Total` → true.
    static func isTotalLabel(_ text: String) -> Bool {
        // Every total word starts with j, t, s or g: a label whose first letter is another ASCII character is
        // none, and is told without lowercasing and splitting it (it is asked of every row, issue 22).
        if let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ":") }), first < 0x80,
            !Self.startsATotalWord(first)
        {
            return false
        }
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\u{A0}" }).map(
            String.init)
        guard let first = words.first else { return false }
        if first == "sub" || first == "grand", words.count > 1, words[1] == "total" { words.removeFirst() }
        guard ["jumlah", "total", "subtotal", "sub-total", "totals"].contains(words[0]) else { return false }
        return words.count <= 4
    }
}
