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
    func read(_ text: String, delimiter: Character? = nil) -> (table: CSVTable, problems: [Problem]) {
        let scalars = Array(text.unicodeScalars)
        let delim = delimiter.map { $0.unicodeScalars.first! } ?? Self.detectDelimiter(scalars)
        var problems: [Problem] = []
        var records: [CSVRecord] = []
        var cells: [CSVCell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var i = 0
        var quoted = false  // inside a quoted field
        var wasQuoted = false  // the current field was quoted and its closing quote was seen

        func endField() {
            cells.append(CSVCell(value: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, cells: cells))
            cells = []
        }

        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
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
                field.append(c)
                if c == "\n" {
                    line += 1
                    column = 1
                } else if c == "\r" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        field.append("\n")
                        i += 1
                    }
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
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
            if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                i += 1
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
                recordLine = line
                continue
            }
            if c == "\"", field.isEmpty, !wasQuoted {
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
            field.append(c)
            i += 1
            column += 1
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
        if !field.isEmpty || !cells.isEmpty || wasQuoted || quoted { endRecord() }

        let header = records.first?.cells ?? []
        let body = records.dropFirst().filter { !$0.isBlank }
        return (CSVTable(delimiter: Character(delim), header: header, records: Array(body)), problems)
    }

    /// `;` or `,`, whichever occurs more often outside quotes in the first line (`,` on a tie).
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var semicolons = 0, commas = 0, quoted = false
        for c in scalars {
            if c == "\"" {
                quoted.toggle()
                continue
            }
            if quoted { continue }
            if c == "\n" || c == "\r" { break }
            if c == ";" { semicolons += 1 } else if c == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
