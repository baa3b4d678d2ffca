import Foundation

/// Reads typed values out of one record, logging a diagnostic at the cell for each problem.
struct RowReader {
    let source: CSVSource
    let record: CSVRecord

    var line: Int { record.line }

    /// The trimmed text of a cell; nil when the column is absent or the cell empty.
    func text(_ column: String) -> String? { source.cell(column, in: record).flatMap(Self.text(of:)) }

    /// The trimmed text of a cell; nil when it is empty.
    private static func text(of cell: CSVCell) -> String? {
        let value = cell.value.trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    /// A text that must be present; an empty cell is an error saying what belongs there. `expected` is made only
    /// for an empty cell (made for every row, it was a third of reading realisasi, issue 22).
    func required(_ column: String, _ expected: @autoclosure () -> Message, log: inout DiagnosticLog) -> String? {
        if let value = text(column) { return value }
        let expected = expected()
        error(
            column,
            Message(
                "\(column) is empty; expected \(expected.en)", id: "kolom \(column) kosong; isi dengan \(expected.id)"),
            log: &log)
        return nil
    }

    /// A number; nil for an empty cell (no data). An unreadable value is an error.
    func number(_ column: String, kind: NumberReader.Kind = .plain, log: inout DiagnosticLog) -> Decimal? {
        // The cell looked up once, for its number and its text (issue 22).
        guard let cell = source.cell(column, in: record) else { return nil }
        if let exact = cell.number { return exact }
        guard let raw = Self.text(of: cell) else { return nil }
        return readNumber(raw, column: column, kind: kind, log: &log)
    }

    /// A target: one number or a band `a-b`; nil for an empty cell.
    func target(_ column: String, log: inout DiagnosticLog) -> Target? {
        guard let cell = source.cell(column, in: record) else { return nil }
        if let exact = cell.number { return .value(exact) }
        guard let raw = Self.text(of: cell) else { return nil }
        // A cell told to be one text (or none) by its bytes is read as it is, without splitting it (issue 22).
        if TargetReader.singleTextCount(raw) != nil {
            return readNumber(raw, column: column, log: &log).map(Target.value)
        }
        let parts = TargetReader.numberTexts(in: raw)
        guard parts.count == 2 else { return readNumber(raw, column: column, log: &log).map(Target.value) }
        guard let a = readNumber(parts[0], column: column, whole: raw, log: &log),
            let b = readNumber(parts[1], column: column, whole: raw, log: &log)
        else { return nil }
        guard !DecimalOrder.less(b, a) else {  // `a <= b`, without Foundation (issue 22)
            error(
                column,
                Message(
                    "\(column) \"\(raw)\" is a band whose lower end is above its upper end; write it low-high, e.g. \(parts[1])-\(parts[0])",
                    id:
                        "\(column) \"\(raw)\" adalah rentang yang batas bawahnya di atas batas atasnya; tulis dari bawah ke atas, mis. \(parts[1])-\(parts[0])"
                ), log: &log)
            return nil
        }
        return .band(lower: a, upper: b)
    }

    /// One of a fixed set of words (case-insensitive); anything else is an error listing the choices.
    /// An empty cell is nil, and an error too when `required`.
    func choice<T>(
        _ column: String, _ choices: [String: T], shown: [String], required: Bool = false,
        log: inout DiagnosticLog
    ) -> T? {
        guard let raw = text(column) else {
            if required {
                error(
                    column,
                    Message(
                        "\(column) is empty; expected one of \(shown.joined(separator: ", "))",
                        id: "kolom \(column) kosong; isi dengan \(Message.alternatives(shown).id)"), log: &log)
            }
            return nil
        }
        if let value = choices[raw.lowercased()] { return value }
        error(
            column,
            Message(
                "\(column) \"\(raw)\" is not one of \(shown.joined(separator: ", "))",
                id: "kolom \(column) berisi \"\(raw)\"; isi dengan \(Message.alternatives(shown).id)"), log: &log)
        return nil
    }

    func error(_ column: String, _ message: Message, log: inout DiagnosticLog) {
        let cell = source.cell(column, in: record)
        source.error(line: cell?.line ?? record.line, column: cell?.column, message, log: &log)
    }

    func warning(_ column: String, _ message: Message, doubt: Bool = false, log: inout DiagnosticLog) {
        let cell = source.cell(column, in: record)
        source.warning(line: cell?.line ?? record.line, column: cell?.column, message, doubt: doubt, log: &log)
    }

    private func readNumber(
        _ raw: String, column: String, kind: NumberReader.Kind = .plain, whole: String? = nil,
        log: inout DiagnosticLog
    ) -> Decimal? {
        let reading = NumberReader.reading(raw, kind: kind)
        if let value = NumberReader.value(of: reading, convention: source.convention) { return value }
        let shown = whole ?? raw
        if case .ambiguous(let ifComma, let ifPoint) = reading {
            // Each reading printed so that it reads one way only: no thousands separator, the language's decimal mark
            // ("42.150" → 42150 or 42,15; "56,300" → 56,3 or 56300).
            func indonesian(_ value: Decimal) -> String { NumberStyle.spreadsheetID.unrounded(value) }
            let sheet = source.addressing == .cell && source.convention == nil
            let why =
                sheet
                ? (
                    "it is text, not a number cell, so nothing settles which; type it as a number (format the cell as Number)",
                    "sel itu berisi teks, bukan angka, jadi tidak ada yang memastikannya; ketik sebagai angka (format sel sebagai Number)"
                )
                : ("no other number in the file settles which", "tidak ada angka lain di berkas ini yang memastikannya")
            error(
                column,
                Message(
                    "\(column) \"\(shown)\" can be read as \(ifComma.plainString) (Indonesian style: comma decimal, dot thousands) or \(ifPoint.plainString) (international style: dot decimal, comma thousands), and \(why.0); write it without the thousands separator, or with a decimal part (e.g. \(ifComma.plainString) or \(ifPoint.plainString))",
                    id:
                        "\(column) \"\(shown)\" bisa berarti \(indonesian(ifComma)) (gaya Indonesia: koma desimal, titik ribuan) atau \(indonesian(ifPoint)) (gaya internasional: titik desimal, koma ribuan), dan \(why.1); tulis tanpa pemisah ribuan, atau dengan desimal (mis. \(indonesian(ifComma)) atau \(indonesian(ifPoint)))"
                ), log: &log)
        } else {
            let example =
                kind == .money
                ? ("20.415.109.000 or Rp20.415.109.000", "20.415.109.000 atau Rp20.415.109.000")
                : ("87,5 or 1.234,5 or 1234.5", "87,5 atau 1.234,5 atau 1234.5")
            // "n/a" or "-" typed where the value has not come in: an empty cell is how a planner says that
            // (a missing realisasi is reported as not yet reported; a missing target as tanpa-target).
            let trimmed = shown.trimmingSpaces()
            let empty =
                kind != .money && Self.meansNoValue(shown)
                ? ("; if the value is not in yet, leave the cell empty", "; jika nilainya belum ada, kosongkan selnya")
                // An accountant's dash for zero.
                : kind == .money && ["-", "–", "—"].contains(trimmed)
                    ? (
                        "; if nothing was spent, write 0; if it is not known yet, leave the cell empty",
                        "; jika tidak ada yang dibelanjakan, tulis 0; jika belum diketahui, kosongkan selnya"
                    )
                    // `Rp 1.250.000` as a realisasi or target of an indicator whose satuan is rupiah.
                    : kind != .money && trimmed.lowercased().hasPrefix("rp")
                        ? (
                            "; write the amount without Rp (the indicator's satuan says what it counts)",
                            "; tulis jumlahnya tanpa Rp (satuan indikator sudah menyebutnya)"
                        ) : ("", "")
            error(
                column,
                Message(
                    "\(column) \"\(shown)\" is not a number; expected a number such as \(example.0)\(empty.0)",
                    id: "\(column) \"\(shown)\" bukan angka; isi dengan angka seperti \(example.1)\(empty.1)"),
                log: &log)
        }
        return nil
    }

    /// Whether a cell's text is a planner's way of writing "no value yet" (`n/a`, `-`, `belum ada`).
    ///
    ///     meansNoValue("N/A") → true, meansNoValue(" – ") → true, meansNoValue("87,5%") → false
    static func meansNoValue(_ text: String) -> Bool { noValueWords.contains(text.trimmingSpaces().lowercased()) }

    private static let noValueWords: Set<String> = [
        "n/a", "na", "#n/a", "-", "–", "—", "--", "?", "belum ada", "belum", "tidak ada", "kosong", "tba", "tbd",
    ]
}
