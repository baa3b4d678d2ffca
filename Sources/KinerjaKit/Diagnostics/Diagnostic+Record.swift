/// A `Diagnostic` as `LastRun` keeps it, so that an agency left unchanged says again, word for word, what its
/// last run said of it (its warnings and notes; a run with errors is never recorded): one `RecordLine` of
/// eight fields, severity, file, line, column, `cell` for a workbook's cell, the English, the Indonesian, and
/// `doubt` for a doubtful value's warning (`isDoubt`).
extension Diagnostic {
    var recordFields: [String?] {
        [
            severity.rawValue, file, line.map(String.init), column.map(String.init), addressing == .cell ? "cell" : nil,
            message.en, message.id, isDoubt ? "doubt" : nil,
        ]
    }

    /// The diagnostic of a record's fields; nil when they are not eight, or not what `recordFields` makes.
    init?(recordFields fields: [String?]) {
        guard fields.count == 8, fields[7] == nil || fields[7] == "doubt", let name = fields[0],
            let severity = Severity(rawValue: name), let file = fields[1],
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
        isDoubt = fields[7] != nil
    }
}
