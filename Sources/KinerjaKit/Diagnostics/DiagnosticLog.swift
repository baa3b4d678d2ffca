/// Collects every problem of a run so that all of them can be reported together.
public struct DiagnosticLog: Sendable {
    public fileprivate(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public mutating func error(
        _ file: String, line: Int? = nil, column: Int? = nil,
        addressing: Diagnostic.Addressing = .lineColumn, _ message: Message
    ) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, column: column, addressing: addressing, message))
    }

    /// An error given in English and Indonesian: `log.error(file, line: 3, "…", id: "…")`.
    public mutating func error(
        _ file: String, line: Int? = nil, column: Int? = nil,
        addressing: Diagnostic.Addressing = .lineColumn, _ en: String, id: String
    ) {
        error(file, line: line, column: column, addressing: addressing, Message(en, id: id))
    }

    /// `doubt`: the value read may not be the one meant (`Diagnostic.isDoubt`).
    public mutating func warning(
        _ file: String, line: Int? = nil, column: Int? = nil,
        addressing: Diagnostic.Addressing = .lineColumn, _ message: Message, doubt: Bool = false
    ) {
        var diagnostic = Diagnostic(.warning, file: file, line: line, column: column, addressing: addressing, message)
        diagnostic.isDoubt = doubt
        diagnostics.append(diagnostic)
    }

    public mutating func note(
        _ file: String, line: Int? = nil, column: Int? = nil,
        addressing: Diagnostic.Addressing = .lineColumn, _ message: Message
    ) {
        diagnostics.append(Diagnostic(.note, file: file, line: line, column: column, addressing: addressing, message))
    }

    public mutating func warning(
        _ file: String, line: Int? = nil, column: Int? = nil,
        addressing: Diagnostic.Addressing = .lineColumn, _ en: String, id: String
    ) {
        warning(file, line: line, column: column, addressing: addressing, Message(en, id: id))
    }

    /// Diagnostics in a stable order: by file, then line, then column; the order of discovery breaks ties.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension DiagnosticLog {
    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Every diagnostic of `other`, after these (a log filled on another thread).
    public mutating func append(contentsOf other: DiagnosticLog) { diagnostics += other.diagnostics }
}

extension DiagnosticLog {
    /// The lines a command prints for this log on stderr, in `language` and a stable order, errors and
    /// warnings together, then a count of the errors when there are any (`2 errors, 1 warning; nothing was
    /// written.` / `2 kesalahan, 1 peringatan; tidak ada yang ditulis.`). Lines already in `said` are left
    /// out (a template's warning is the same for every agency of a run); `errorsOnly` (`--quiet`) leaves
    /// out the rest.
    package func lines(
        _ language: Language, errorsOnly: Bool = false, closing: Message = ReportWords.nothingWritten,
        said: inout Set<String>
    ) -> [String] {
        var lines: [String] = []
        for diagnostic in sorted where !errorsOnly || diagnostic.severity == .error {
            let line = diagnostic.text(language)
            if said.insert(line).inserted { lines.append(line) }
        }
        let errors = errors.count, warnings = warnings.count
        guard errors > 0 else { return lines }
        let counts = Message(
            "\(errors) error\(errors == 1 ? "" : "s")"
                + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""),
            id: "\(errors) kesalahan" + (warnings > 0 ? ", \(warnings) peringatan" : ""))
        lines.append((counts + Message("; ", id: "; ") + closing).text(language))
        return lines
    }
}
