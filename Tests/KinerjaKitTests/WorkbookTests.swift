import Foundation
import Testing

@testable import KinerjaKit

/// Reading a workspace's tables from an .xlsx workbook (issue 7): what real workbooks contain, the
/// diagnostics at the cell, and the same reports as from CSV files.
struct WorkbookTests {
    // MARK: - Parts of the format

    @Test func cellReferencesAndColumnLetters() {
        #expect(CellReference.letters(1) == "A")
        #expect(CellReference.letters(26) == "Z")
        #expect(CellReference.letters(27) == "AA")
        #expect(CellReference.letters(703) == "AAA")
        #expect(CellReference("C14") == CellReference(column: 3, row: 14))
        #expect(CellReference("ab7") == CellReference(column: 28, row: 7))
        #expect(CellReference("14") == nil)
        #expect(CellReference("C0") == nil)
    }

    /// The doc example of `SerialDate.moment`, both date systems, and the way back.
    @Test func serialDates() {
        let moment = SerialDate.moment(Decimal(string: "45568.333333")!, date1904: false)
        #expect(moment?.iso == "2024-10-03T08:00")
        #expect(SerialDate.moment(45568, date1904: false)?.iso == "2024-10-03")
        #expect(SerialDate.moment(44106, date1904: true)?.iso == "2024-10-03")
        #expect(SerialDate.moment(61, date1904: false)?.iso == "1900-03-01")
        #expect(SerialDate.moment(0, date1904: true)?.iso == "1904-01-01")
        #expect(SerialDate.moment(60, date1904: false) == nil, "the phantom 1900-02-29 and before are refused")
        let back = SerialDate.serial(Moment("2024-10-03 08:00")!)
        #expect(SerialDate.moment(back, date1904: false)?.iso == "2024-10-03T08:00")
        #expect(SerialDate.serial(Moment("2024-10-03")!) == 45568)
    }

    /// A formula's binary noise is rounded to the 15 digits a spreadsheet shows; exponents are read.
    @Test func numbersAsSpreadsheetsStoreThem() {
        #expect(Workbook.number("0.30000000000000004") == Decimal(string: "0.3"))
        #expect(Workbook.number("97.149999999999991") == Decimal(string: "97.15"))
        #expect(Workbook.number("1.2E-3") == Decimal(string: "0.0012"))
        #expect(Workbook.number("20415109000") == Decimal(string: "20415109000"))
        #expect(Workbook.number("-4.5") == Decimal(string: "-4.5"))
        #expect(Workbook.number("delapan") == nil)
    }

    @Test func spreadsheetTextEscapesRoundTrip() {
        for text in ["a\u{1}b", "_x0041_ literal", "tab\there", "plain", "_x", "Bidang & <Pendidikan>"] {
            #expect(Workbook.unescape(SpreadsheetText.encode(text)) == text, "\(text)")
        }
        #expect(XMLNode.escape("a&b<c>\"'", quotes: true) == "a&amp;b&lt;c&gt;&quot;&apos;")
        #expect(
            XMLNode("t", [("k", "\"x\"")], text: "<&>").document.hasSuffix("<t k=\"&quot;x&quot;\">&lt;&amp;&gt;</t>"))
    }

    // MARK: - What real workbooks hold

    /// Shared strings (plain and rich text with a phonetic run), inline strings, numbers, booleans,
    /// formulas with and without a saved result, error values, empty rows in the middle, rows and cells
    /// without `r`, a hidden sheet, an extra sheet, and element prefixes.
    @Test(arguments: ["", "x:"])
    func readsWhatRealWorkbooksHold(prefix: String) throws {
        let data = try TestWorkbook.data(
            [
                TestWorkbook.Sheet(name: "Petunjuk", rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                TestWorkbook.Sheet(
                    name: "Realisasi",
                    rows: """
                        <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>nilai</t></is></c></row>\
                        <row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"><v>0.30000000000000004</v></c><c r="C4" t="b"><v>1</v></c></row>\
                        <row><c t="str"><f>A4&amp;"x"</f><v>IKU-01x</v></c><c><f>SUM(B1:B4)</f></c><c t="e"><v>#DIV/0!</v></c></row>
                        """, prefix: prefix),
                TestWorkbook.Sheet(
                    name: "indikator", state: "hidden",
                    rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kode</t></is></c></row>"),
            ],
            sharedStrings: ["Isi tabel di sini", "kode", "<r><t>IKU</t></r><r><t>-01</t></r><rPh><t>ignored</t></rPh>"])
        let book = try Workbook(data: data)
        #expect(book.sheets.map(\.name) == ["Petunjuk", "Realisasi", "indikator"])
        #expect(book.sheets.map(\.hidden) == [false, false, true])
        #expect(book.date1904 == false)
        let sheet = try #require(book.sheet(named: "realisasi"))
        let rows = try book.rows(of: sheet).rows
        #expect(rows.map(\.row) == [1, 4, 5])
        #expect(rows[0].cells.map(\.value) == [.text("kode"), .text("nilai")])
        #expect(rows[1].cells.map(\.value) == [.text("IKU-01"), .number(Decimal(string: "0.3")!), .bool(true)])
        #expect(
            rows[2].cells.map(\.value) == [.text("IKU-01x"), .formulaWithoutValue("SUM(B1:B4)"), .error("#DIV/0!")])
        #expect(rows[2].cells.map(\.reference.text) == ["A5", "B5", "C5"])
    }

    @Test func refusesWhatIsNotAWorkbook() {
        #expect(throws: Workbook.Unreadable.self) { try Workbook(data: Data("kode;nilai\n".utf8)) }
        #expect(throws: Workbook.Unreadable.self) { try Workbook(data: Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) }
    }

    @Test func writerOutputReadsBack() throws {
        let sheets = [
            WorkbookWriter.Sheet(
                name: "siklus", columns: [.init(header: "mulai"), .init(header: "catatan", choices: ["a", "b"])],
                rows: [
                    [.date(Moment("2024-10-01 08:30")!), .text("  Rapat & <evaluasi> _x0041_ \u{1}")],
                    [.empty, .number(Decimal(string: "1234.5")!)],
                ])
        ]
        let data = try WorkbookWriter.data(sheets)
        #expect(try WorkbookWriter.data(sheets) == data, "the same sheets, the same bytes")
        let book = try Workbook(data: data)
        let rows = try book.rows(of: try #require(book.sheet(named: "SIKLUS"))).rows
        #expect(rows[0].cells.map(\.value) == [.text("mulai"), .text("catatan")])
        #expect(rows[1].cells[1].value == .text("  Rapat & <evaluasi> _x0041_ \u{1}"))
        guard case .number(let serial) = rows[1].cells[0].value else {
            Issue.record("a date is a number cell")
            return
        }
        #expect(SerialDate.moment(serial, date1904: false)?.iso == "2024-10-01T08:30")
        #expect(rows[2].cells.map(\.reference.text) == ["B3"])
        #expect(try WorkbookWriter.data(sampleSheets) == WorkbookWriter.data(sampleSheets), "same sheets, same bytes")
    }

    private var sampleSheets: [WorkbookWriter.Sheet] {
        [WorkbookWriter.Sheet(name: "a", columns: [.init(header: "x")], rows: [[.text("y")]])]
    }
}

/// Whole workspaces whose tables are in a workbook.
struct WorkbookWorkspaceTests {
    /// The same workspace as CSV files and as a workbook gives byte-identical reports (every file but
    /// manifest.json, which lists the input files themselves), with numbers and dates typed as Excel
    /// holds them, and with every cell as text.
    @Test(arguments: [(false, true), (false, false), (true, true)])
    func workbookGivesTheSameReportsAsCSV(annual: Bool, typed: Bool) throws {
        let example = annual ? Paths.annualExample : Paths.example
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("buku")
        try TestWorkbook.convert(example, into: workspace, typed: typed)
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("indikator.csv").path))

        let fromCSV = folder.url.appendingPathComponent("out-csv"),
            fromBook = folder.url.appendingPathComponent("out-xlsx")
        let csvRun = try runKinerja(["report", example.path, "--output", fromCSV.path], in: Paths.root)
        let bookRun = try runKinerja(["report", workspace.path, "--output", fromBook.path], in: Paths.root)
        #expect(csvRun.status == 0)
        #expect(bookRun.status == 0, "\(bookRun.stderr)")
        var csvFiles = try snapshot(fromCSV), bookFiles = try snapshot(fromBook)
        let manifests = csvFiles.keys.filter { $0.hasSuffix("manifest.json") }
        #expect(!manifests.isEmpty)
        for name in manifests {
            csvFiles[name] = nil
            let removed = bookFiles.removeValue(forKey: name)
            let manifest = String(decoding: try #require(removed), as: UTF8.self)
            #expect(manifest.contains("\"data.xlsx\""), "the workbook is an input of the manifest")
        }
        #expect(csvFiles.count >= 6)
        #expect(Set(csvFiles.keys) == Set(bookFiles.keys))
        for (name, data) in csvFiles {
            let book = try #require(bookFiles[name])
            #expect(maskedHashes(String(decoding: book, as: UTF8.self)) == asWorkbookReport(data), "\(name) differs")
        }
    }

    /// Diagnostics name the workbook, the sheet, the row and the column letter, and a table given twice
    /// names both places.
    @Test func diagnosticsNameTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try TestWorkbook.convert(Paths.example, into: workspace, typed: true)
        // Put "delapan" into C14 of the realisasi sheet, an error value and a formula without a result.
        let book = try Workbook(data: Data(contentsOf: workspace.appendingPathComponent("data.xlsx")))
        var sheets: [WorkbookWriter.Sheet] = []
        for sheet in book.sheets {
            let rows = try book.rows(of: sheet).rows
            let width = rows.flatMap { $0.cells.map(\.reference.column) }.max() ?? 0
            let table = rows.map { row in
                (1...width).map { column -> WorkbookWriter.Cell in
                    switch row.cells.first(where: { $0.reference.column == column })?.value {
                    case .text(let text): return .text(text)
                    case .number(let number): return .number(number)
                    default: return .empty
                    }
                }
            }
            var body = Array(table.dropFirst())
            if sheet.name == "realisasi" { body[12][2] = .text("delapan") }
            sheets.append(
                WorkbookWriter.Sheet(
                    name: sheet.name,
                    columns: table[0].map {
                        guard case .text(let header) = $0 else { return .init(header: "") }
                        return .init(header: header)
                    }, rows: body))
        }
        try WorkbookWriter.data(sheets).write(to: workspace.appendingPathComponent("data.xlsx"))
        try Data("kode,periode,nilai\n".utf8).write(to: workspace.appendingPathComponent("anggaran.csv"))

        let result = try runKinerja(["check", "ws", "--bahasa", "en"], in: folder.url)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(
            errors.contains(
                "ws/data.xlsx[realisasi]!C14: error: nilai \"delapan\" is not a number; expected a number such as 87,5 or 1.234,5 or 1234.5"
            ),
            "\(result.stderr)")
        #expect(
            errors.contains(
                "ws/anggaran.csv: error: the anggaran table is both in anggaran.csv and in the sheet \"anggaran\" of data.xlsx; keep one of them (delete the file or the sheet)"
            ),
            "\(result.stderr)")
    }

    /// Dates typed in the 1904 system, a formula without a saved result and an error value in a sheet.
    @Test func datesOf1904AndUnusableCells() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let header = ["kode", "tingkat", "sasaran", "indikator", "satuan", "polaritas", "target"]
        func inline(_ text: String, _ ref: String) -> String {
            "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }
        let indikator =
            "<row r=\"1\">" + header.enumerated().map { inline($1, CellReference.letters($0 + 1) + "1") }.joined()
            + "</row>"
            + "<row r=\"2\">"
            + ["IKU-01", "sasaran", "Akses", "APK", "%", "positif"].enumerated()
            .map { inline($1, CellReference.letters($0 + 1) + "2") }.joined() + "<c r=\"G2\"><v>75</v></c></row>"
        let realisasi =
            "<row r=\"1\">" + inline("kode", "A1") + inline("periode", "B1") + inline("nilai", "C1") + "</row>"
            + "<row r=\"2\">" + inline("IKU-01", "A2") + inline("TW3", "B2") + "<c r=\"C2\"><f>C9/0</f></c></row>"
            + "<row r=\"3\">" + inline("IKU-01", "A3") + inline("TW2", "B3")
            + "<c r=\"C3\" t=\"e\"><v>#DIV/0!</v></c></row>"
        // 2024-10-01 08:00 and 2024-10-01 is 45566 (1900) − 1462 = 44104 in the 1904 system.
        let siklus =
            "<row r=\"1\">" + inline("periode", "A1") + inline("langkah", "B1") + inline("mulai", "C1")
            + inline("selesai", "D1") + "</row>"
            + "<row r=\"2\">" + inline("TW3", "A2")
            + "<c r=\"B2\"><v>1</v></c><c r=\"C2\"><v>44104.3333333333</v></c><c r=\"D2\"><v>44104.5</v></c></row>"
            + "<row r=\"3\">" + inline("TW3", "A3") + "<c r=\"B3\"><v>2</v></c><c r=\"C3\"><v>-5</v></c></row>"
        try folder.write(["ws/profil.yaml": minimalProfile])
        try TestWorkbook.data(
            [
                .init(name: "indikator", rows: indikator), .init(name: "Realisasi", rows: realisasi),
                .init(name: "SIKLUS", rows: siklus),
            ], date1904: true
        ).write(to: folder.url.appendingPathComponent("ws/kinerja.xlsx"))

        let result = try runKinerja(["check", "ws", "--bahasa", "en"], in: folder.url)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(
            errors == [
                "ws/kinerja.xlsx[Realisasi]!C2: error: the formula =C9/0 has no saved result; open the workbook in Excel or LibreOffice, let it recalculate, and save it",
                "ws/kinerja.xlsx[Realisasi]!C3: error: the cell holds the error value #DIV/0!; correct its formula or type the value",
                "ws/kinerja.xlsx[SIKLUS]!C3: error: the number -5 is not a date; enter a date such as 2024-10-03 08:00",
            ], "\(result.stderr)")

        // Without the bad cells, the cycle's 1904 dates are read to the minute.
        let fixed =
            realisasi.components(separatedBy: "<row r=\"2\">")[0] + "<row r=\"2\">" + inline("IKU-01", "A2")
            + inline("TW3", "B2") + "<c r=\"C2\"><f>70+1</f><v>71</v></c></row>"
        try TestWorkbook.data(
            [
                .init(name: "indikator", rows: indikator), .init(name: "Realisasi", rows: fixed),
                .init(name: "SIKLUS", rows: siklus.components(separatedBy: "<row r=\"3\">")[0]),
            ], date1904: true
        ).write(to: folder.url.appendingPathComponent("ws/kinerja.xlsx"))
        var log = DiagnosticLog()
        let workspace = WorkspaceLoader(
            directory: folder.url.appendingPathComponent("ws"), displayPath: "ws",
            sopLibrary: SOPLibrary(besideTemplates: Paths.templates)
        )
        .load(log: &log)
        #expect(!log.hasErrors, "\(log.diagnostics)")
        #expect(workspace?.realisasi.map(\.value) == [71])
        #expect(workspace?.cycle?.first?.start.iso == "2024-10-01T08:00")
        #expect(workspace?.cycle?.first?.finish?.iso == "2024-10-01T12:00")
    }
}
