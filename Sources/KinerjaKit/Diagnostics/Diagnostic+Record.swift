/// A `Diagnostic` as `LastRun` keeps it, so that an agency left unchanged says again, word for word, what its
/// last run said of it (its warnings and notes; a run with errors is never recorded).
extension Diagnostic {
    struct Record: Codable, Equatable {
        let severity: String
        let file: String
        let line: Int?
        let column: Int?
        /// `cell` for a workbook's cell (`data.xlsx[realisasi]!C14`), nil for a line and column.
        let cell: Bool?
        let english: String
        let indonesian: String
    }

    var record: Record {
        Record(
            severity: severity.rawValue, file: file, line: line, column: column, cell: addressing == .cell ? true : nil,
            english: message.en, indonesian: message.id)
    }

    /// The diagnostic a record holds; nil when its severity is not one kinerja knows.
    init?(_ record: Record) {
        guard let severity = Severity(rawValue: record.severity) else { return nil }
        self.init(
            severity, file: record.file, line: record.line, column: record.column,
            addressing: record.cell == true ? .cell : .lineColumn, Message(record.english, id: record.indonesian))
    }
}
