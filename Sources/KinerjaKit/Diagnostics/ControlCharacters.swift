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
    /// A line break typed in a cell (Alt+Enter: LF, CR or CR LF) shows as `↵`, which a planner reads, not as
    /// `\u{A}` (a planner's trial).
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && afterCR) { result += "↵" }
            } else if isUnsafe(scalar) {
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
        // Through a buffer: `contains(where:)` copied every cell out of the record to look at its value.
        let holds = record.cells.withUnsafeBufferPointer { cells in
            cells.indices.contains { holdsUnsafeInText(cells[$0].value) }
        }
        guard holds else { return record }
        let cells = record.cells.map { cell -> CSVCell in
            guard holdsUnsafeInText(cell.value) else { return cell }
            found.append(cell)
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: cell.value.unicodeScalars.filter { !isUnsafeInText($0) })
            return CSVCell(
                value: String(kept), line: cell.line, column: cell.column, number: cell.number,
                doubtfulPercent: cell.doubtfulPercent)
        }
        return CSVRecord(line: record.line, cells: cells)
    }

    /// Whether `text` holds a scalar `isUnsafeInText`. Its bytes are looked at first (issue 22: the scalars of every
    /// cell were): each unsafe scalar's UTF-8 holds a byte below 0x20 other than tab, LF and CR, or 0x7F, or starts
    /// with 0xC2 (U+0080–U+009F) or 0xE2 (U+200E…U+2069), so text without any of these bytes holds none, and only
    /// text with one is read by scalars.
    static func holdsUnsafeInText(_ text: String) -> Bool {
        var text = text
        let candidate = text.withUTF8 { bytes in
            bytes.contains { byte in
                byte < 0x20
                    ? byte != 0x09 && byte != 0x0A && byte != 0x0D : byte == 0x7F || byte == 0xC2 || byte == 0xE2
            }
        }
        return candidate && text.unicodeScalars.contains(where: isUnsafeInText)
    }

    /// Unsafe in a document's text: as `isUnsafe`, but a line break or a tab inside a cell is text.
    static func isUnsafeInText(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && scalar != "\r" && isUnsafe(scalar)
    }
}
