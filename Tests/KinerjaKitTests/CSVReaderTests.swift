import Foundation
import Testing

@testable import KinerjaKit

/// The CSV rules of docs/format.md.
struct CSVReaderTests {
    func values(_ table: CSVTable) -> [[String]] { table.records.map { $0.cells.map(\.value) } }

    @Test func detectsTheDelimiterFromTheHeader() {
        #expect(CSVReader().read("a;b;c\n1;2;3\n").table.delimiter == ";")
        #expect(CSVReader().read("a,b,c\n1,2,3\n").table.delimiter == ",")
        // A `;` inside a quoted header does not count.
        #expect(CSVReader().read("\"a;b\",c,d\n1,2,3\n").table.delimiter == ",")
        // Values with decimal commas under a `;` header stay whole.
        #expect(values(CSVReader().read("kode;nilai\nA;87,5\n").table) == [["A", "87,5"]])
    }

    @Test func handlesCRLFAndLF() {
        let crlf = CSVReader().read("a,b\r\n1,2\r\n3,4\r\n").table
        #expect(values(crlf) == [["1", "2"], ["3", "4"]])
        #expect(crlf.records.map(\.line) == [2, 3])
    }

    @Test func quotingPerRFC4180() {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,2,3\n"
        let (table, problems) = CSVReader().read(text)
        #expect(problems.isEmpty)
        #expect(values(table) == [["x, y", "say \"hi\"", "two\nlines"], ["next", "2", "3"]])
        // The record after a multi-line cell starts on the right line.
        #expect(table.records.map(\.line) == [2, 4])
        #expect(table.records[1].cells[1].column == 6)
    }

    @Test func reportsQuotingProblemsWithTheirPlace() {
        let unclosed = CSVReader().read("a,b\n1,\"open\n")
        #expect(unclosed.problems.map { [$0.line, $0.column] } == [[2, 3]])
        let trailing = CSVReader().read("a,b\n\"x\"y,2\n")
        #expect(trailing.problems.map { [$0.line, $0.column] } == [[2, 4]])
    }

    @Test func blankLinesAndExcelsEmptyRowsAreSkipped() {
        #expect(values(CSVReader().read("a;b\n1;2\n\n;\n3;4\n").table) == [["1", "2"], ["3", "4"]])
    }

    @Test func utf8WithAndWithoutBOM() {
        let plain = TextDecoding.decode(Data("kode,nama\n".utf8))
        let bom = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("kode,nama\n".utf8))
        #expect(plain.text == "kode,nama\n" && !plain.usedWindows1252)
        #expect(bom.text == "kode,nama\n" && !bom.usedWindows1252)
    }

    /// Excel's "CSV (Comma delimited)" writes Windows-1252: read it as such, with a warning, never mangled.
    @Test func windows1252IsReadAsSuch() {
        let bytes = Data("Sekolah ".utf8) + Data([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x20, 0x96])
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.usedWindows1252)
        #expect(decoded.text == "Sekolah \u{201C}Café\u{201D} € \u{2013}")
    }

    @Test func writerQuotesOnlyWhatNeedsIt() {
        let writer = CSVWriter()
        #expect(writer.quote("plain") == "plain")
        #expect(writer.quote("a,b") == "\"a,b\"")
        #expect(writer.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(writer.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter(delimiter: ";").quote("87,5") == "87,5")
    }

    /// Deciding by bytes gives what deciding by Characters gives, a comma carrying a combining mark
    /// (another Character) and "\r\n" (one Character) included.
    @Test func writerDecidesByBytesAsByCharacters() {
        let pieces = [
            "a", ",", ";", "\"", "\n", "\r", "\r\n", ",\u{0301}", "\"\u{0301}", "\n\u{0301}", "é", "–", " ", "1",
        ]
        var generator = SeededGenerator(seed: 4180)
        for _ in 0..<5000 {
            let cell = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            for writer in [CSVWriter(delimiter: ","), CSVWriter(delimiter: ";")] {
                #expect(writer.needsQuotes(cell) == writer.needsQuotesByCharacters(cell), "\(cell)")
            }
        }
    }
}
