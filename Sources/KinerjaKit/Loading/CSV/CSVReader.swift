import Foundation

/// A small RFC 4180 reader that keeps the line and column of every cell.
///
/// Why not yaslab/CSV.swift or swiftcsv/SwiftCSV from the mirror: neither reports where a cell
/// or a quoting error is (line and column), and every kinerja diagnostic must name both; neither
/// detects `;` against `,`. The rules implemented here are exactly docs/format.md's:
/// delimiter detected from the header line, `"` quoting with `""` escapes, delimiters and line
/// breaks inside quotes, LF or CRLF line ends.
struct CSVReader {
    struct Problem: Sendable, Equatable {
        let line: Int
        let column: Int
        let message: Message
    }

    init() {}

    /// Reads `text` (already decoded, BOM removed). `delimiter` nil means: detect from the header line.
    ///
    /// Read on the UTF-8 bytes (issue 22; it read an array of the text's scalars): a delimiter, quote or line
    /// break is one ASCII byte, and a column is counted at the first byte of each scalar, as it was by scalars.
    func read(_ text: String, delimiter: Character? = nil) -> (table: CSVTable, problems: [Problem]) {
        var text = text
        return text.withUTF8 { read(bytes: $0, delimiter: delimiter) }
    }

    private func read(
        bytes: UnsafeBufferPointer<UInt8>, delimiter: Character?
    ) -> (table: CSVTable, problems: [Problem]) {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let lineBreaks: UInt64 = 1 << UInt64(lf) | 1 << UInt64(cr)
        let delim =
            delimiter.map { character -> UInt8 in
                guard let byte = character.asciiValue else { preconditionFailure("a CSV delimiter is ASCII") }
                return byte
            } ?? Self.detectDelimiter(bytes)
        var problems: [Problem] = []
        var records: [CSVRecord] = []
        var cells: [CSVCell] = []
        // The current field's bytes: a run of the input (`run`), as nearly every field is, or, once a byte is kept
        // that does not follow the run (a `""` escape, text after a closing quote), copied into `spilled`.
        // Appending each byte to an array was half the reader's instructions (issue 22).
        var run = 0..<0
        var spilled: [UInt8] = []
        var isSpilled = false
        var fieldIsEmpty: Bool { !isSpilled && run.isEmpty }
        /// Keeps the bytes of `range` in the field.
        func keep(_ range: Range<Int>) {
            if range.isEmpty { return }
            if isSpilled {
                spilled.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            } else if run.isEmpty {
                run = range
            } else if run.upperBound == range.lowerBound {
                run = run.lowerBound..<range.upperBound
            } else {
                spilled.removeAll(keepingCapacity: true)
                spilled.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
                spilled.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                isSpilled = true
            }
        }
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var i = 0
        var quoted = false  // inside a quoted field
        var wasQuoted = false  // the current field was quoted and its closing quote was seen

        func endField() {
            // An empty cell (a third of a table's) is "" without decoding nothing (issue 22).
            let value =
                isSpilled
                ? String(decoding: spilled, as: UTF8.self)
                : run.isEmpty ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[run]), as: UTF8.self)
            cells.append(CSVCell(value: value, line: fieldLine, column: fieldColumn))
            run = 0..<0
            isSpilled = false
            wasQuoted = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, cells: cells))
            // The next record most likely has as many cells: room for them at once, not by doubling.
            let count = cells.count
            cells = []
            cells.reserveCapacity(count)
        }
        /// A byte that starts a scalar (not a UTF-8 continuation byte) is one column.
        func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

        while i < bytes.count {
            let c = bytes[i]
            if quoted {
                if c == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        keep(i..<(i + 1))
                        i += 2
                        column += 2
                        continue
                    }
                    quoted = false
                    wasQuoted = true
                    i += 1
                    column += 1
                    continue
                }
                // Every byte up to the next quote is the cell's, line breaks included.
                let start = i
                while i < bytes.count, bytes[i] != quote {
                    let byte = bytes[i]
                    if byte == lf {
                        line += 1
                        column = 1
                    } else if byte == cr {
                        if i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                        line += 1
                        column = 1
                    } else if startsScalar(byte) {
                        column += 1
                    }
                    i += 1
                }
                keep(start..<i)
                continue
            }
            if c == delim {
                endField()
                i += 1
                column += 1
                fieldLine = line
                fieldColumn = column
                continue
            }
            if c == lf || c == cr {
                if c == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                endRecord()
                i += 1
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
                recordLine = line
                continue
            }
            if c == quote, fieldIsEmpty, !wasQuoted {
                quoted = true
                i += 1
                column += 1
                continue
            }
            if wasQuoted {
                problems.append(
                    Problem(
                        line: line, column: column,
                        message: Message(
                            "unexpected text after a closing quote; a quoted cell must end at the delimiter (write a quote inside a quoted cell as \"\")",
                            id:
                                "ada teks setelah tanda kutip penutup; sel berkutip harus berakhir di pemisah (tulis tanda kutip di dalam sel berkutip sebagai \"\")"
                        )))
                wasQuoted = false
            }
            // This byte and every one up to the next delimiter or line break are text of the cell (a quote in
            // them too: the cell has begun). The line breaks are told by one shift of a mask, and the columns
            // counted once for the run: its length when every byte is ASCII, else its scalars' first bytes
            // (three comparisons and a column count per byte were half the reader's instructions; issue 22).
            let start = i
            var any = c
            i += 1
            while i < bytes.count {
                let byte = bytes[i]
                if byte == delim || (byte < 64 && lineBreaks &>> UInt64(byte) & 1 != 0) { break }
                any |= byte
                i += 1
            }
            if any < 0x80 {
                column += i - start
            } else {
                for index in start..<i where startsScalar(bytes[index]) { column += 1 }
            }
            keep(start..<i)
        }
        if quoted {
            problems.append(
                Problem(
                    line: fieldLine, column: fieldColumn,
                    message: Message(
                        "a quoted cell is never closed: the file ends inside the quotes opened here",
                        id:
                            "sel berkutip tidak pernah ditutup: berkas berakhir di dalam tanda kutip yang dibuka di sini; tambahkan \" penutupnya"
                    )))
        }
        if !fieldIsEmpty || !cells.isEmpty || wasQuoted || quoted { endRecord() }

        let header = records.first?.cells ?? []
        let body = records.dropFirst().filter { !$0.isBlank }
        return (CSVTable(delimiter: Character(Unicode.Scalar(delim)), header: header, records: Array(body)), problems)
    }

    /// `;` or `,`, whichever occurs more often outside quotes in the first line (`,` on a tie).
    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, quoted = false
        for c in bytes {
            if c == UInt8(ascii: "\"") {
                quoted.toggle()
                continue
            }
            if quoted { continue }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
            if c == UInt8(ascii: ";") { semicolons += 1 } else if c == UInt8(ascii: ",") { commas += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
