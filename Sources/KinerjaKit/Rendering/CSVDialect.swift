import Foundation

/// The two CSV dialects of docs/laporan.md.
///
/// Templates are always written in the standard dialect (`,`). For `excelID` the rendered table is
/// read back and written again with `;`, CRLF and a byte-order mark, which is what Excel in the
/// Indonesian locale opens directly; the values themselves were already formatted for it
/// (decimal comma, formula-like text neutralised) when the template context was built.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// UTF-8, `,`, `.` decimal, no thousands separator: for other programs.
    case standar
    /// `;`, decimal comma, UTF-8 with BOM, formula-like text cells prefixed with `'`: for spreadsheets.
    case excelID = "excel-id"

    var numbers: NumberStyle { self == .standar ? .machine : .spreadsheetID }

    /// A number cell, unrounded.
    func number(_ value: Decimal?) -> String { value.map(numbers.unrounded) ?? "" }

    /// A percentage cell, 2 decimals.
    func percent(_ value: Decimal?) -> String { value.map { numbers.format($0, scale: 2) } ?? "" }

    func target(_ value: Target?) -> String { text(value?.formatted(numbers)) }

    /// A text cell. In both dialects a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
    /// (or their full-width forms `＝ ＋ － ＠`, which spreadsheets also evaluate) is prefixed with `'`, so a
    /// spreadsheet that opens the file shows it instead of evaluating it (`=HYPERLINK(…)`, `@SUM(…)`). A
    /// number or a band (`-5`, `-0,25`, `80-90`) is left as it is: it is data, not a formula.
    func text(_ value: String?) -> String {
        guard let value else { return "" }
        guard let first = value.unicodeScalars.first, Self.triggers.contains(first), !Self.isNumber(value) else {
            return value
        }
        return "'" + value
    }

    private static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// `-5`, `+1.234,5`, `-0.25-0.5`: a signed number or band, in either dialect's form.
    private static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        guard let first = rest.first, first.isASCII, first.isNumber else { return false }
        return rest.allSatisfy { ($0.isASCII && $0.isNumber) || ".,-%".contains($0) }
    }

    /// `finish(_:)` of a CSV rendered as UTF-8 bytes (`TemplateSet.renderBytes`): the standard dialect's
    /// are the file as they are.
    func finish(_ rendered: [UInt8]) -> Data {
        self == .excelID ? finish(String(decoding: rendered, as: UTF8.self)) : Data(rendered)
    }

    /// The final bytes of a CSV rendered from a standard-dialect template.
    func finish(_ rendered: String) -> Data {
        guard self == .excelID else { return Data(rendered.utf8) }
        let (table, _) = CSVReader().read(rendered, delimiter: ",")
        let rows = [table.header] + table.records.map(\.cells)
        let text = CSVWriter(delimiter: ";", lineEnd: "\r\n").write(rows.map { $0.map(\.value) })
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }
}
