/// One problem found in the input, printed compiler-style in the run's language:
/// `examples/disdikbud/indikator.csv:7:5: error: polaritas "naik" is not one of positif, negatif, rentang; …`, or
/// `…/indikator.csv:7:5: kesalahan: kolom polaritas berisi "naik"; isi dengan positif, negatif, atau rentang`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
        /// Information: how something was read, nothing to correct (percent cells read as the percent shown).
        case note

        /// The word printed before the message: `error`/`kesalahan`, `warning`/`peringatan`, `note`/`catatan`.
        public func word(_ language: Language) -> String {
            switch (self, language) {
            case (.error, .en): "error"
            case (.error, .id): "kesalahan"
            case (.warning, .en): "warning"
            case (.warning, .id): "peringatan"
            case (.note, .en): "note"
            case (.note, .id): "catatan"
            }
        }
    }

    public let severity: Severity
    /// The file as the user named it (workspace folder as given + file name).
    public let file: String
    /// 1-based line; nil when the problem concerns the whole file (e.g. a missing file).
    public let line: Int?
    /// 1-based column (counted in Unicode scalars); nil when only the line is known.
    public let column: Int?
    public let message: Message
    /// How `line` and `column` are shown.
    public let addressing: Addressing
    /// A warning that the value read may not be the one the planner meant (a percent typed as a fraction,
    /// running totals, a budget line that is a total): listed at the top of every report and in manifest.json,
    /// and `kinerja sign` refuses the folder until the values are corrected or confirmed (`Doubts`).
    public internal(set) var isDoubt = false

    /// Text files are addressed by line and column (`indikator.csv:7:5`); a workbook's sheet by the cell
    /// as the spreadsheet names it (`data.xlsx[realisasi]!C14`, or `!14:14` for a whole row), where
    /// `line` is the row and `column` the column's number (C = 3).
    public enum Addressing: Sendable, Equatable {
        case lineColumn
        case cell
    }

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
        addressing: Addressing = .lineColumn, _ message: Message
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.addressing = addressing
        self.message = message
    }

    /// English, as tests and logs read it.
    public var description: String { text(.en) }

    /// The whole line in `language`: location, severity word, message.
    public func text(_ language: Language) -> String {
        // A cell's control characters are shown, never sent to the terminal (ControlCharacters); a message
        // quoting a hostile cell of megabytes is cut to its start and end.
        ControlCharacters.escaped(
            "\(location(file)): \(severity.word(language)): \(Self.bounded(message.text(language)))")
    }

    /// Where it is, with `file` for the file: `indikator.csv:7:5`, `data.xlsx[realisasi]!C14`.
    func location(_ file: String) -> String {
        var location = file
        if let line {
            switch addressing {
            case .lineColumn:
                location += ":\(line)"
                if let column { location += ":\(column)" }
            case .cell:
                location += column.map { "!" + CellReference(column: $0, row: line).text } ?? "!\(line):\(line)"
            }
        }
        return location
    }

    /// The longest message printed whole; a longer one keeps its first and last 400 characters.
    static let longestMessage = 1_000

    /// `text` when it is at most `longestMessage` characters, else its start, `… (N characters left out) …`
    /// and its end (what to do is said at the end of a message).
    static func bounded(_ text: String) -> String {
        guard text.utf8.count > longestMessage, text.count > longestMessage else { return text }
        let omitted = text.count - 800
        return "\(text.prefix(400))… (\(omitted) characters left out) …\(text.suffix(400))"
    }
}
