/// A `Diagnostic` as `LastRun` keeps it, so that an agency left unchanged says again, word for word, what its
/// last run said of it (its warnings and notes; a run with errors is never recorded): one `RecordLine` of
/// seven fields, severity, file, line, column, `cell` for a workbook's cell, the English and the Indonesian.
extension Diagnostic {
    var recordFields: [String?] {
        [
            severity.rawValue, file, line.map(String.init), column.map(String.init), addressing == .cell ? "cell" : nil,
            message.en, message.id,
        ]
    }

    /// The diagnostic of a record's fields; nil when they are not seven, or not what `recordFields` makes.
    init?(recordFields fields: [String?]) {
        guard fields.count == 7, let name = fields[0], let severity = Severity(rawValue: name), let file = fields[1],
            let english = fields[5], let indonesian = fields[6], fields[4] == nil || fields[4] == "cell"
        else { return nil }
        func number(_ field: String?) -> Int?? {
            guard let field else { return .some(nil) }
            return Int(field).map { .some($0) }
        }
        guard let line = number(fields[2]), let column = number(fields[3]) else { return nil }
        self.init(
            severity, file: file, line: line, column: column, addressing: fields[4] == "cell" ? .cell : .lineColumn,
            Message(english, id: indonesian))
    }
}
