import Foundation
import Testing

@testable import KinerjaKit

/// The byte-level CSV reader of issue 22 reads every text as the reader by scalars it replaced: the same cells
/// with the same line and column, the same problems at the same places, the same delimiter.
struct CSVReaderParityTests {
    @Test func readsAsByScalars() {
        let pieces = [
            "a", "b", "1", "87,5", ",", ",", ";", ";", "\"", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "é",
            "e\u{301}",
            "\u{1F600}", "\u{A0}", "\u{200E}", "ß", "\u{0}", "x\"y", "JUMLAH",
            // Byte runs the reader keeps whole or copies (issue 22): escapes, text after a closing quote, long cells.
            "\"\"\"", "\"a\"\"b\"", "\"x\"y", "\r\r", "\"\r\n\"", "Rp 1.234,5", "1,234.5", "\u{FEFF}", "\u{85}",
            "\u{1B}[2J",
            String(repeating: "abc", count: 30),
        ]
        var generator = SeededGenerator(seed: 11)
        var texts = ["", "\n", "a", "a,b\n1,2", "a;b\r\n\"x;y\";2\r\n", "\"open", "a,b\n\"x\"y,2\n", "\u{FEFF}a,b\n"]
        for _ in 0..<5_000 {
            let length = Int.random(in: 1...40, using: &generator)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            for delimiter: Character? in [nil, ",", ";"] {
                let read = CSVReader().read(text, delimiter: delimiter)
                let expected = ScalarCSVReader().read(text, delimiter: delimiter)
                #expect(read.problems == expected.problems, "\(text.debugDescription)")
                #expect(read.table.delimiter == expected.table.delimiter, "\(text.debugDescription)")
                #expect(read.table.header == expected.table.header, "\(text.debugDescription)")
                #expect(read.table.records == expected.table.records, "\(text.debugDescription)")
                // Equal Strings may differ in their scalars (é and e + U+0301 are equal): compare the bytes too.
                let bytes = { (table: CSVTable) in
                    (table.header + table.records.flatMap(\.cells)).map { Array($0.value.utf8) }
                }
                #expect(bytes(read.table) == bytes(expected.table), "\(text.debugDescription)")
            }
        }
    }
}

/// The reader by scalars that the byte-level one replaced (issue 22), kept as the oracle.
private struct ScalarCSVReader {
    /// Reads `text` (already decoded, BOM removed). `delimiter` nil means: detect from the header line.
    func read(_ text: String, delimiter: Character? = nil) -> (table: CSVTable, problems: [CSVReader.Problem]) {
        let scalars = Array(text.unicodeScalars)
        let delim = delimiter.map { $0.unicodeScalars.first! } ?? Self.detectDelimiter(scalars)
        var problems: [CSVReader.Problem] = []
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
                    CSVReader.Problem(
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
                CSVReader.Problem(
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
