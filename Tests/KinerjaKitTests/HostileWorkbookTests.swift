import Foundation
import Testing
import ZIPFoundation

@testable import KinerjaKit

/// Workbooks no spreadsheet writes (issue 20): each is refused with a message, never a trap or a hang.
struct HostileWorkbookTests {
    func refusal(_ sheet: TestWorkbook.Sheet, sharedStrings: [String] = []) throws -> String? {
        let book = try Workbook(data: try TestWorkbook.data([sheet], sharedStrings: sharedStrings))
        let sheet = try #require(book.sheets.first)
        do {
            _ = try book.rows(of: sheet)
            return nil
        } catch {
            return error.reason.en
        }
    }

    @Test func rowsAndColumnsBeyondASpreadsheetsAreRefused() throws {
        let huge = try refusal(
            TestWorkbook.Sheet(name: "realisasi", rows: #"<row r="9223372036854775807"><c r="A1"><v>1</v></c></row>"#))
        #expect(huge?.contains("beyond a spreadsheet's last row (1048576)") == true, "\(huge ?? "read")")
        let wide = try refusal(
            TestWorkbook.Sheet(name: "realisasi", rows: #"<row r="1"><c r="ZZZ1"><v>1</v></c></row>"#))
        #expect(wide?.contains("beyond a spreadsheet's last column (XFD)") == true, "\(wide ?? "read")")
        let fine = try refusal(
            TestWorkbook.Sheet(name: "realisasi", rows: #"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#))
        #expect(fine == nil)
    }

    /// Internal entities would change the text silently; external ones are never resolved.
    @Test func aDoctypeIsRefused() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let entity =
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY nm \"X\">]><sst xmlns=\"\(main)\"><si><t>IND[&nm;]AFTER</t></si></sst>"
        var data = try TestWorkbook.data(
            [TestWorkbook.Sheet(name: "realisasi", rows: "")], sharedStrings: ["placeholder"])
        data = try TestWorkbook.replacing("xl/sharedStrings.xml", with: Data(entity.utf8), in: data)
        #expect(throws: Workbook.Unreadable.self) { try Workbook(data: data) }
        do { _ = try Workbook(data: data) } catch { #expect(error.reason.en.contains("declares a DOCTYPE")) }
    }

    @Test func invalidUTF8IsRefusedBeforeTheXMLParser() throws {
        var data = try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: "")])
        var part = Data("<?xml version=\"1.0\"?><workbook><sheets><sheet name=\"".utf8)
        part += Data([0xC3, 0x28, 0xFF]) + Data("\" sheetId=\"1\"/></sheets></workbook>".utf8)
        data = try TestWorkbook.replacing("xl/workbook.xml", with: part, in: data)
        do {
            _ = try Workbook(data: data)
            Issue.record("a part that is not UTF-8 was read")
        } catch {
            #expect(error.reason.en.contains("not valid UTF-8"))
        }
    }

    /// The CSV side: one line of 25 million delimiters took 8 GB; it is refused at its line, unparsed.
    @Test func aCSVLineOfEndlessCellsIsRefused() {
        var log = DiagnosticLog()
        let wide = Data(("kode,periode,nilai\n" + String(repeating: ";", count: 20_000) + "\n").utf8)
        #expect(CSVSource(data: wide, file: "realisasi.csv", schema: .realisasi, log: &log) == nil)
        #expect(
            log.errors.map(\.description) == [
                "realisasi.csv:2: error: this line has more than 10000 cells; a table of the workspace has at most a few dozen columns"
            ])
        var fine = DiagnosticLog()
        #expect(
            CSVSource(
                data: Data("kode,periode,nilai\nIKU-01,TW1,5\n".utf8), file: "r.csv", schema: .realisasi, log: &fine)
                != nil)
    }

    /// A value under no header is an error at its cell, as a CSV cell past its header is.
    @Test func aValueUnderNoHeaderIsAnError() throws {
        let rows =
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>kode</t></is></c><c r="B1" t="inlineStr"><is><t>periode</t></is></c><c r="C1" t="inlineStr"><is><t>nilai</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>IKU-01</t></is></c><c r="B2" t="inlineStr"><is><t>TW1</t></is></c><c r="C2"><v>5</v></c><c r="XFD2"><v>7</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>IKU-02</t></is></c><c r="XFD3"><v>8</v></c></row>"#
        let book = try Workbook(data: try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: rows)]))
        var log = DiagnosticLog()
        _ = SheetTable.table(
            try book.rows(of: try #require(book.sheets.first)), schema: .realisasi, date1904: false,
            file: "data.xlsx[realisasi]", log: &log)
        #expect(
            log.errors.map(\.description) == [
                #"data.xlsx[realisasi]!XFD2: error: the cell holds "7" but column XFD has no header, so it would be read as nothing; give the column a header, or clear it"#
            ])
    }

    /// A sheet edited inside the archive without updating its CRC-32 is damaged, not data.
    @Test func aPartThatFailsItsChecksumIsRefused() throws {
        let text =
            #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>IKU-01</t></is></c></row></sheetData></worksheet>"#
        let source = try Archive(
            data: try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: "")]), accessMode: .read)
        let target = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var content = Data()
            _ = try source.extract(entry) { content.append($0) }
            if entry.path == "xl/worksheets/sheet1.xml" { content = Data(text.utf8) }
            let data = content
            try target.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .none
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        var bytes = try #require(target.data)
        let marker = try #require(bytes.range(of: Data("IKU-01".utf8)))
        bytes.replaceSubrange(marker, with: Data("IKU-99".utf8))
        let book = try Workbook(data: bytes)
        let sheet = try #require(book.sheets.first)
        do {
            _ = try book.rows(of: sheet)
            Issue.record("a part that fails its CRC-32 was read")
        } catch {
            #expect(error.reason.en.contains("CRC") || error.reason.en.contains("checksum"), "\(error.reason.en)")
        }
    }

    /// A part whose deflate stream does not end within its compressed bytes is refused before ZIPFoundation,
    /// whose reader then asked for more at the end of the file for ever (found by libFuzzer: the 9 KB
    /// workbook in Fuzz/seeds/xlsx, where every libfuzz run now starts). A whole workbook's parts all end.
    @Test func aDeflateStreamWithoutItsEndIsRefused() throws {
        let found = try Data(
            contentsOf: Paths.root.appendingPathComponent("Fuzz/seeds/xlsx/deflate-without-end.xlsx"))
        #expect(ZIPStructure.damage(found)?.en.contains("ends before its stream does") == true)
        #expect(throws: Workbook.Unreadable.self) { try Workbook(data: found) }

        let whole = try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: "<row r=\"1\"/>")])
        #expect(ZIPStructure.damage(whole) == nil)
        // The same workbook with one part's stream cut short, its sizes in both directories kept.
        let sheet = try #require(whole.range(of: Data("xl/worksheets/sheet1.xml".utf8)))
        var cut = whole
        let dataStart = sheet.upperBound + Int(whole[sheet.lowerBound - 2]) | Int(whole[sheet.lowerBound - 1]) << 8
        cut[dataStart] = 0x00  // a stored block header whose lengths cannot match: not the part's stream
        #expect(ZIPStructure.damage(cut) != nil)
    }

    /// Offsets past the end of the file (a damaged or cut download) are refused before ZIPFoundation,
    /// whose in-memory archive trapped on them.
    @Test func aDamagedArchiveIsRefused() throws {
        let whole = try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: "")])
        #expect(ZIPStructure.damage(whole) == nil)
        let cut = whole.prefix(whole.count / 2) + whole.suffix(22)
        var pointing = whole
        let end = try #require(pointing.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06]))).lowerBound
        pointing.replaceSubrange((end + 16)..<(end + 20), with: Data([0xF0, 0xFF, 0xFF, 0x7F]))
        for damaged in [Data(cut), pointing, whole.prefix(40)] {
            do {
                _ = try Workbook(data: damaged)
                Issue.record("a damaged archive was opened")
            } catch {
                #expect(
                    error.reason.en.contains("damaged") || error.reason.en.contains("not an .xlsx"),
                    "\(error.reason.en)")
            }
        }
    }

    /// An entry whose local-header offset says "in the ZIP64 field" (0xFFFFFFFF) without having one: found
    /// by libFuzzer (make libfuzz) trapping inside ZIPFoundation.
    @Test func aZIP64MarkerWithoutItsFieldIsRefused() throws {
        let whole = try TestWorkbook.data([TestWorkbook.Sheet(name: "realisasi", rows: "")])
        let central = try #require(whole.firstRange(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        var marked = whole
        marked.replaceSubrange((central + 42)..<(central + 46), with: Data([0xFF, 0xFF, 0xFF, 0xFF]))
        #expect(
            ZIPStructure.damage(marked)?.en.contains("ZIP64") == true, "\(ZIPStructure.damage(marked)?.en ?? "nil")")
        do {
            _ = try Workbook(data: marked)
            Issue.record("a damaged archive was opened")
        } catch {
            #expect(error.reason.en.contains("damaged"), "\(error.reason.en)")
        }
    }

    /// The shape is read without a parser: comments, CDATA and quoted `>` do not count as elements.
    @Test func aPartsShapeIsReadInOnePass() {
        let part =
            #"<?xml version="1.0"?><worksheet><!-- <row> --><sheetData><row r="1"><c r="A1" t="s"/></row>"#
            + #"<x:row a=">" b='/>'><![CDATA[<row>]]></x:row></sheetData></worksheet>"#
        #expect(XMLShape(Data(part.utf8)) == XMLShape(depth: 4, elements: 5, attributes: 2, rows: 2))
    }

    /// 100 000 nested elements crashed (the parser's tree is freed recursively); they are refused first.
    @Test func deepNestingIsRefusedBeforeTheParser() throws {
        let message = try refusal(
            TestWorkbook.Sheet(
                name: "realisasi",
                rows: String(repeating: "<q>", count: 5_000) + String(repeating: "</q>", count: 5_000)))
        #expect(message?.contains("levels deep") == true, "\(message ?? "read")")
    }

    /// A sheet of 200 000 rows was "not well-formed XML (line 0, column 0)"; it is said to be too large.
    @Test func aHugeSheetIsSaidToBeTooLarge() throws {
        let rows = (1...200_000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let message = try refusal(TestWorkbook.Sheet(name: "realisasi", rows: rows))
        #expect(message?.contains("more than 100000 rows") == true, "\(message ?? "read")")
    }
}
