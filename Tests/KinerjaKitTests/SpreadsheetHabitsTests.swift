import Foundation
import Testing

@testable import KinerjaKit

/// The rules that read planners' files as they meant them, one by one (the whole workbooks are in
/// PlannerWorkbookTests).
struct SpreadsheetHabitsTests {
    @Test func numberFormatsAsTheUserSeesThem() {
        #expect(NumberFormat(id: 9, code: nil) == .percent)
        #expect(NumberFormat(id: 10, code: nil) == .percent)
        #expect(NumberFormat(id: 0, code: nil) == .plain)
        #expect(NumberFormat(id: 3, code: nil) == .plain)
        #expect(NumberFormat(id: 14, code: nil) == .date(code: "dd/mm/yyyy"))
        #expect(NumberFormat(id: 165, code: "0.0%") == .percent)
        #expect(NumberFormat(id: 166, code: "#,##0") == .plain)
        #expect(NumberFormat(id: 164, code: "General") == .plain)
        #expect(NumberFormat(id: 167, code: "dd/mm/yyyy\\ hh:mm") == .date(code: "dd/mm/yyyy\\ hh:mm"))
        #expect(NumberFormat(id: 168, code: "[$-421]d mmmm yyyy") == .date(code: "[$-421]d mmmm yyyy"))
        // Literal text and escapes are not codes: "%" in quotes, a `d` in "hari", `[Red]`.
        #expect(NumberFormat(id: 169, code: "0 \"hari\"") == .plain)
        #expect(NumberFormat(id: 170, code: "0\\%") == .plain)
        #expect(NumberFormat(id: 171, code: "[Red]0.00") == .plain)
        #expect(NumberFormat(id: 172, code: "0.00;[Red]-0.00%") == .plain, "only the first section decides")
    }

    @Test func datesShownAsFormatted() {
        let moment = Moment("2025-08-15 08:05")!
        #expect(NumberFormat.show(moment, code: "dd/mm/yyyy") == "15/08/2025")
        #expect(NumberFormat.show(moment, code: "dd-mm-yyyy hh:mm") == "15-08-2025 08:05")
        #expect(
            NumberFormat.show(moment, code: "d mmmm yyyy") == "2025-08-15 08:05", "month names: ISO, never a locale")
        #expect(
            NumberFormat.show(moment, code: "mm/dd/yyyy") == "2025-08-15 08:05", "month first: ISO, never ambiguous")
    }

    @Test func mergedCellsHoldTheirTopLeftValue() throws {
        let text = SheetCell.Value.text("Meningkatnya derajat kesehatan")
        let rows: [(row: Int, cells: [SheetCell])] = [
            (
                2,
                [
                    SheetCell(reference: CellReference(column: 1, row: 2), value: .text("IKU-01")),
                    SheetCell(reference: CellReference(column: 3, row: 2), value: text),
                ]
            ),
            (3, [SheetCell(reference: CellReference(column: 1, row: 3), value: .text("IKU-02"))]),
            (4, [SheetCell(reference: CellReference(column: 1, row: 4), value: .text("IKU-03"))]),
        ]
        let filled = try MergedRange.fill(
            rows, [try #require(MergedRange("C2:C3")), try #require(MergedRange("A1:XFD1048576"))])
        #expect(filled.map { $0.cells.map(\.reference.text) } == [["A2", "C2"], ["A3", "C3"], ["A4"]])
        #expect(filled[1].cells[1].value == text)
        #expect(MergedRange("C2") == nil)
        #expect(MergedRange("C4:C2") == nil)
    }

    @Test func totalRowsByTheirLabel() {
        for label in [
            "JUMLAH", "Total", "Jumlah Anggaran", "TOTAL:", "Sub Total", "Grand Total", "jumlah total belanja",
        ] {
            #expect(TotalRow.isTotalLabel(label), "\(label)")
        }
        for label in ["Jumlah kasus TB yang ditemukan dan diobati", "Persentase", "IKU-01", "Totalitas"] {
            #expect(!TotalRow.isTotalLabel(label), "\(label)")
        }
        func record(_ values: [String]) -> CSVRecord {
            CSVRecord(line: 6, cells: values.enumerated().map { CSVCell(value: $1, line: 6, column: $0 + 1) })
        }
        #expect(TotalRow.label(of: record(["JUMLAH", "", "", "41250000000"]), kodePosition: 0)?.value == "JUMLAH")
        #expect(TotalRow.label(of: record(["", "Jumlah", "", "41250000000"]), kodePosition: 0)?.column == 2)
        // An indicator named "Jumlah …" has its kode: data, not a total.
        #expect(TotalRow.label(of: record(["IKU-03", "Jumlah Kasus", "orang"]), kodePosition: 0) == nil)
        #expect(TotalRow.label(of: record(["sasaran", "Jumlah", "x"]), kodePosition: 0) == nil)
    }

    @Test func renamedSheetsAreFound() {
        for name in [
            "Anggaran 2025", "Siklus TW3", "REALISASI_TW III", "indikator-2025", "Realisasi (2025)", "siklus tw 3",
        ] {
            #expect(SheetLookup.isTable(name), "\(name)")
        }
        for name in ["Data TW3", "Rekap", "petunjuk", "Anggaran Murni Perubahan", "2025"] {
            #expect(!SheetLookup.isTable(name), "\(name)")
        }
        func sheet(_ name: String) -> Workbook.Sheet { Workbook.Sheet(name: name, hidden: false, part: name) }
        #expect(
            SheetLookup.find("anggaran", in: [sheet("Anggaran"), sheet("Anggaran 2025")])
                == .exact(sheet("Anggaran"), ignored: [sheet("Anggaran 2025")]))
        #expect(SheetLookup.find("anggaran", in: [sheet("Anggaran")]) == .exact(sheet("Anggaran"), ignored: []))
        // Two sheets named as the table, in different case: which one is meant cannot be guessed.
        #expect(
            SheetLookup.find("realisasi", in: [sheet("realisasi"), sheet("REALISASI")])
                == .several([sheet("realisasi"), sheet("REALISASI")]))
        #expect(SheetLookup.find("anggaran", in: [sheet("Anggaran 2025")]) == .renamed(sheet("Anggaran 2025")))
        #expect(
            SheetLookup.find("siklus", in: [sheet("Siklus TW2"), sheet("Siklus TW3")])
                == .several([sheet("Siklus TW2"), sheet("Siklus TW3")]))
        #expect(SheetLookup.find("siklus", in: [sheet("Data")]) == .none)
    }

    @Test func dateTextInTheFormsSpreadsheetsSave() {
        let oct1 = Moment("2025-10-01 08:00")!
        #expect(DateText.read("2025-10-01 08:00:00") == .moment(oct1))
        #expect(DateText.read("13/10/2025 8.00") == .ordered(dayFirst: Moment("2025-10-13 08:00"), monthFirst: nil))
        #expect(DateText.read("10/13/2025") == .ordered(dayFirst: nil, monthFirst: Moment("2025-10-13")))
        #expect(DateText.read("1/10/2025 8:00") == .ordered(dayFirst: oct1, monthFirst: Moment("2025-01-10 08:00")))
        #expect(DateText.read("05-05-2025") == .moment(Moment("2025-05-05")!), "the same either way")
        for bad in ["32/10/2025", "1 Oktober 2024", "01/10/25", "2025-10-01 25:00", "01/10/2025 8:0"] {
            #expect(DateText.read(bad) == .invalid, "\(bad)")
        }
        let proof = DateText.read("13/10/2025"), ambiguous = DateText.read("01/10/2025")
        #expect(DateText.order(of: [ambiguous, proof]) == .dayFirst)
        #expect(DateText.order(of: [ambiguous]) == nil)
        #expect(DateText.order(of: [ambiguous, DateText.read("10/13/2025")]) == .monthFirst)
        #expect(DateText.order(of: [proof, DateText.read("10/13/2025")]) == nil, "both proven: nothing is")
    }

    @Test func whatASatuanCounts() {
        #expect(SatuanKind("%") == .percent)
        #expect(SatuanKind("persen") == .percent)
        #expect(SatuanKind("orang") == .count)
        #expect(SatuanKind("Dokumen") == .count)
        #expect(SatuanKind("indeks") == .other)
        #expect(SatuanKind("per 1.000 KH") == .other)
        #expect(SatuanKind("poin") == .other)
    }

    @Test func reportsNameTheTablesAsTheWorkspaceHasThem() {
        let labels = ["tw_kosong": "Tidak ada realisasi untuk triwulan ini di realisasi.csv.", "judul": "Laporan"]
        #expect(
            TableWording.adapt(labels, language: .id, workbook: true)["tw_kosong"]
                == "Tidak ada realisasi untuk triwulan ini di lembar realisasi.")
        #expect(
            TableWording.adapt(["x": "realisasi.csv has no value"], language: .en, workbook: true)["x"]
                == "sheet realisasi has no value")
        #expect(TableWording.adapt(labels, language: .id, workbook: false) == labels)
    }

    /// Issue 20: a cell's ESC sequences and bidi overrides are shown in diagnostics, not obeyed.
    @Test func diagnosticsShowControlCharacters() {
        let diagnostic = Diagnostic(
            .error, file: "ws/realisasi.csv", line: 2, column: 1,
            Message("unknown kode \"IKU\u{1B}[2J\u{202E}10\u{0}\"", id: "kode \"IKU\u{1B}[2J\u{202E}10\u{0}\""))
        #expect(diagnostic.text(.en) == #"ws/realisasi.csv:2:1: error: unknown kode "IKU\u{1B}[2J\u{202E}10\u{0}""#)
        #expect(ControlCharacters.escaped("Meningkatnya mutu – 87,5%") == "Meningkatnya mutu – 87,5%")
        // A line break typed in a cell reads as one, whichever bytes it is; a tab stays escaped.
        #expect(
            ControlCharacters.escaped("kemantapan\njalan\r\nkabupaten\rx\ty") == #"kemantapan↵jalan↵kabupaten↵x\u{9}y"#)
    }

    /// Issue 20: control characters and direction overrides never reach a document; one warning says so.
    @Test func controlCharactersAreRemovedFromCells() throws {
        var log = DiagnosticLog()
        let csv =
            "kode,periode,nilai,catatan\nIKU-01,TW1,5,\"ok\u{1B}[2J \u{202E}kiri\nbaris dua\"\nIKU-02,TW1,6,biasa\n"
        let source = try #require(CSVSource(data: Data(csv.utf8), file: "realisasi.csv", schema: .realisasi, log: &log))
        #expect(source.table.records[0].cells[3].value == "ok[2J kiri\nbaris dua")
        #expect(source.table.records[1].cells[3].value == "biasa")
        #expect(
            log.warnings.map(\.description) == [
                "realisasi.csv:2:14: warning: 1 cell (the first on line 2) held control characters or direction overrides, which are removed from the reports; retype the text if it was pasted"
            ])
    }

    @Test func sasaranKeyIgnoresOnlyCaseAndSpaces() {
        #expect(
            SasaranSpelling.key("Meningkatnya  Derajat kesehatan ")
                == SasaranSpelling.key("meningkatnya derajat kesehatan"))
        #expect(
            SasaranSpelling.key("Meningkatnya derajat kesehatan")
                != SasaranSpelling.key("Meningkatnya derajat kesehatan masyarakat"))
    }
}
