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

    /// A text cell. In the spreadsheet dialect a cell that begins with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return is prefixed with `'`, so a spreadsheet shows it instead of evaluating it.
    func text(_ value: String?) -> String {
        guard let value else { return "" }
        guard self == .excelID, let first = value.unicodeScalars.first,
              ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
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
