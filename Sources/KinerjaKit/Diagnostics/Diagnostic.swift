/// One problem found in the input, printed compiler-style:
/// `examples/disdikbud/indikator.csv:7:5: error: polaritas "naik" is not one of positif, negatif, rentang`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public let severity: Severity
    /// The file as the user named it (workspace folder as given + file name).
    public let file: String
    /// 1-based line; nil when the problem concerns the whole file (e.g. a missing file).
    public let line: Int?
    /// 1-based column (counted in Unicode scalars); nil when only the line is known.
    public let column: Int?
    public let message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
