/// Characters a cell may carry that would act on the terminal or reorder what is read instead of
/// showing: control characters (ESC sequences that move the cursor or retitle the window, NUL, line
/// breaks inside one diagnostic) and the bidirectional overrides that make `kode` read backwards.
/// Diagnostics print them escaped, as Swift writes them: ESC is `\u{1B}`.
enum ControlCharacters {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `"IKU\u{1B}[2J"` → `IKU\u{1B}[2J` with the escape visible; text without such characters is returned as it is.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `record` with the unsafe characters removed from every cell (line breaks and tabs inside a cell are
    /// text and stay); each cell that held any is added to `found`.
    static func cleaned(_ record: CSVRecord, found: inout [CSVCell]) -> CSVRecord {
        guard record.cells.contains(where: { $0.value.unicodeScalars.contains(where: isUnsafeInText) }) else {
            return record
        }
        let cells = record.cells.map { cell -> CSVCell in
            guard cell.value.unicodeScalars.contains(where: isUnsafeInText) else { return cell }
            found.append(cell)
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: cell.value.unicodeScalars.filter { !isUnsafeInText($0) })
            return CSVCell(value: String(kept), line: cell.line, column: cell.column, number: cell.number)
        }
        return CSVRecord(line: record.line, cells: cells)
    }

    /// Unsafe in a document's text: as `isUnsafe`, but a line break or a tab inside a cell is text.
    static func isUnsafeInText(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && scalar != "\r" && isUnsafe(scalar)
    }
}
