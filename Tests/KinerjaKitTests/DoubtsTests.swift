import Foundation
import Testing

@testable import KinerjaKit

/// A value read as written that may not be the one meant (a percent with a stray thousands mark, running
/// totals, a budget line that is a total) is listed at the top of every report and in manifest.json, and
/// `kinerja sign` refuses the folder until it is corrected or confirmed: a warning said once at the run left
/// no trace in the documents a head of agency signs.
struct DoubtsTests {
    static let planner = Paths.fixtures.appendingPathComponent("planner")

    @Test func aDoubtfulValueIsListedInEveryReportAndStopsSigning() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = try folder.example("ws", realisasi: "IKU-01;TW3;73,6;", typed: "IKU-01;TW3;73.600;")
        let out = folder.url.appendingPathComponent("out")
        let run = try runKinerja(["report", workspace.path, "--output", out.path], in: folder.url)
        #expect(run.status == 0)
        let reports = out.appendingPathComponent("disdikbud/2024-TW3")
        let said =
            "realisasi.csv:5:12: nilai 73.600 untuk IKU-01 dibaca 73.600 %, lebih dari sepuluh kali targetnya 75 %"
        for name in ["laporan-pemantauan.md", "ringkasan.md"] {
            let document = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            #expect(document.contains("> **Nilai yang perlu diperiksa sebelum ditandatangani.**"), "\(name)")
            #expect(document.contains("> - " + said), "\(name)")
        }
        for name in ["laporan-pemantauan.html", "ringkasan.html"] {
            let document = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            #expect(document.contains("<li><code>realisasi.csv:5:12</code>: nilai 73.600 untuk IKU-01"), "\(name)")
        }
        // Where the run was started from is not in the documents: the cell is named in the workspace.
        #expect(
            !(try String(contentsOf: reports.appendingPathComponent("ringkasan.md"), encoding: .utf8)).contains(
                workspace.path))
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: reports.appendingPathComponent("manifest.json")))
        #expect(
            manifest.doubts?.count == 1
                && manifest.doubts?[0].hasPrefix("realisasi.csv:5:12: nilai 73.600 of IKU-01") == true)

        let keys = folder.url.appendingPathComponent("keys")
        #expect(try runKinerja(["keygen", "--out", keys.path], in: folder.url).status == 0)
        let key = keys.appendingPathComponent(KeyFiles.privateName).path
        let refused = try runKinerja(["sign", reports.path, "--key", key, "--bahasa", "en"], in: folder.url)
        #expect(refused.status != 0 && refused.stderr.contains("not signed: its reports list 1 value read as written"))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("manifest.sig").path))
        let confirmed = try runKinerja(["sign", reports.path, "--key", key, "--values-checked"], in: folder.url)
        #expect(confirmed.status == 0)
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("manifest.sig").path))
    }

    /// The rekap prints every agency's figures: it names those made from values to check, or from examples.
    @Test func theRekapNamesTheAgenciesWhoseFiguresNeedChecking() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let doubtful = try folder.example("doubtful", realisasi: "IKU-01;TW3;73,6;", typed: "IKU-01;TW3;73.600;")
        let starter = folder.url.appendingPathComponent("baru")
        #expect(try runKinerja(["init", starter.path], in: folder.url).status == 0)
        let out = folder.url.appendingPathComponent("out")
        let run = try runKinerja(
            ["report", doubtful.path, Paths.annualExample.path, starter.path, "--output", out.path], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        let sections = index.components(separatedBy: "\n## ")
        let checking = try #require(
            sections.first { $0.hasPrefix("Instansi yang angkanya memuat nilai yang perlu diperiksa") })
        #expect(checking.contains("- Dinas Pendidikan dan Kebudayaan (disdikbud/2024-TW3): 1 nilai perlu diperiksa"))
        #expect(!checking.contains("TAHUNAN"))
        let examples = try #require(sections.first { $0.hasPrefix("Instansi yang masih berisi nilai contoh") })
        #expect(examples.contains("(contoh/"))
        #expect(!examples.contains("disdikbud"))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(
            html.contains(
                "<li>Dinas Pendidikan dan Kebudayaan (<code>disdikbud/2024-TW3</code>): 1 nilai perlu diperiksa</li>"))
        // rekap.csv counts them in its last column, beside the clean ones' 0.
        let rekap = try String(contentsOf: out.appendingPathComponent("rekap.csv"), encoding: .utf8)
        let counts = rekap.split(separator: "\n").map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(counts.first == "nilai_diperiksa", "\(rekap)")
        #expect(rekap.contains(",disdikbud/2024-TW3,1\n") && rekap.contains(",disdikbud/2024-TAHUNAN,0\n"), "\(rekap)")
        // A rekap of clean agencies has neither section.
        let clean = folder.url.appendingPathComponent("clean")
        #expect(
            try runKinerja(
                ["report", Paths.example.path, Paths.annualExample.path, "--output", clean.path], in: folder.url
            ).status == 0)
        let cleanIndex = try String(contentsOf: clean.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(!cleanIndex.contains("perlu diperiksa") && !cleanIndex.contains("nilai contoh"))
    }

    @Test func aCleanWorkspaceHasNoList() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        #expect(try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root).status == 0)
        let reports = out.url.appendingPathComponent("disdikbud/2024-TW3")
        for name in ["laporan-pemantauan.md", "laporan-pemantauan.html", "ringkasan.md", "ringkasan.html"] {
            let document = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            #expect(!document.contains("Nilai yang perlu diperiksa"), "\(name)")
        }
        let manifest = try String(contentsOf: reports.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(!manifest.contains("\"doubts\""))
    }

    /// Each kind of doubtful value, in the planners' workbooks, is a doubt at its cell; the warnings that are
    /// not about a value read (a renamed sheet, a percent cell read as shown) are not.
    @Test(arguments: [
        ("cumulative-realisasi", ["data.xlsx[realisasi]!C10: the quarterly realisasi of IKU-03"]),
        ("fraction-in-plain-cell", ["data.xlsx[realisasi]!"]),
        ("fraction-target-in-plain-cell", ["data.xlsx[realisasi]!"]),
        (
            "percent-typed-in-percent-cell",
            [
                "data.xlsx[indikator]!H2: the cell is formatted as a percent and holds 95,",
                // One doubt at this cell, not a second one guessing at a thousands mark.
                "data.xlsx[realisasi]!C12: the cell is formatted as a percent and holds 28,",
            ]
        ),
        (
            "hidden-rows-and-column",
            [
                "data.xlsx[indikator]!A6: row 6 is hidden in the sheet",
                "data.xlsx[indikator]!M1: column M (baseline) is hidden in the sheet but read",
                "data.xlsx[realisasi]!A14: rows 14–16 are hidden in the sheet",
            ]
        ),
        (
            "title-in-thousands-other-year",
            [
                "data.xlsx[anggaran]!A1: the title says the amounts are in thousands",
                "data.xlsx[anggaran]!A1: the title names the year 2024",
            ]
        ),
        (
            "cumulative-words",
            [
                "data.xlsx[realisasi]!D24: the catatan \"s.d. TW III\" says the realisasi of IKU-06 are cumulative",
                "data.xlsx[realisasi]!A1: the title says the realisasi are cumulative",
            ]
        ),
        ("sheet-per-quarter", ["data.xlsx: the sheet \"realisasi\" is read as the realisasi table; \"Realisasi TW1\""]),
        (
            "budget-sums",
            [
                "data.xlsx[anggaran]!D4: 1.02.02 has spent 21,200,000,000 up to TW3, more than its pagu",
                "data.xlsx[anggaran]!B2: 1.02 \"TOTAL URUSAN KESEHATAN\" looks like a total",
                "data.xlsx[anggaran]!D4: pagu of 1.02.02 is 14,000,000,000",
            ]
        ),
    ])
    func eachKindIsADoubtAtItsCell(name: String, expected: [String]) throws {
        var log = DiagnosticLog()
        let request = RunRequest(
            workspace: Self.planner.appendingPathComponent(name), displayPath: "ws", defaultTemplates: Paths.templates)
        let computed = try #require(Pipeline.compute(request, log: &log))
        let doubts = computed.doubts.map { "\($0.location): \($0.message.en)" }
        #expect(doubts.count == expected.count, "\(doubts)")
        for (doubt, start) in zip(doubts, expected) { #expect(doubt.hasPrefix(start), "\(doubt)") }
        #expect(log.warnings.filter(\.isDoubt).count == doubts.count)
        // A sheet renamed with a year or period is read as the table it names: no doubt.
        #expect(!log.warnings.contains { $0.isDoubt && $0.message.en.contains("its name is the table's with a year") })
    }

    @Test func theLastRunRecordKeepsTheMark() {
        var log = DiagnosticLog()
        log.warning("ws/realisasi.csv", line: 5, column: 12, Message("a", id: "b"), doubt: true)
        log.warning("ws/realisasi.csv", line: 6, Message("c", id: "d"))
        for diagnostic in log.diagnostics {
            #expect(Diagnostic(recordFields: diagnostic.recordFields) == diagnostic)
        }
        #expect(Diagnostic(recordFields: log.diagnostics[0].recordFields)?.isDoubt == true)
        #expect(Diagnostic(recordFields: Array(log.diagnostics[0].recordFields.dropLast())) == nil)
    }
}

/// How `HiddenCells` names the hidden rows it read.
struct HiddenCellsSpanTests {
    @Test(arguments: [
        ([12], "12", "12"), ([12, 32, 33, 34], "12 and 32–34", "12 dan 32–34"), ([5, 3, 4], "3–5", "3–5"),
        ([2, 4, 6], "2, 4 and 6", "2, 4 dan 6"),
        (
            Array(stride(from: 2, through: 40, by: 2)), "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …",
            "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …"
        ),
    ])
    func spans(rows: [Int], en: String, id: String) {
        let spans = HiddenCells.spans(rows)
        #expect(spans.en == en && spans.id == id)
    }
}

/// The years a sheet's title names, which `TitleHints` compares with the report's.
struct TitleYearsTests {
    @Test func yearsAreWordsOfTheirOwn() {
        #expect(TitleHints.years(in: "REALISASI TAHUN 2025") == [2025])
        #expect(TitleHints.years(in: "RENSTRA 2021-2026") == [2021, 2026])
        #expect(TitleHints.years(in: "SK 000.8.6.3/394/DPK.01/2024") == [2024])
        #expect(TitleHints.years(in: "Rp 12025 juta; 20251") == [], "digits of a longer number")
        #expect(TitleHints.years(in: "1899 3000") == [])
    }
}

/// A number merged over rows is an error; merged along one row (a target over target_tw1…tw4) it is each cell's,
/// as it always was (a review of the first version, which refused both).
struct MergedNumberTests {
    func read(_ merge: String) -> (log: DiagnosticLog, spending: [String]) {
        func cell(_ ref: String, _ value: SheetCell.Value) -> SheetCell {
            SheetCell(reference: CellReference(ref)!, value: value)
        }
        let header = ["kode", "uraian", "pagu", "realisasi_tw1", "realisasi_tw2"].enumerated().map { index, name in
            cell(CellReference.letters(index + 1) + "1", .text(name))
        }
        let rows: [(row: Int, cells: [SheetCell])] = [
            (1, header),
            (
                2,
                [
                    cell("A2", .text("1.01")), cell("B2", .text("Program")), cell("C2", .number(100)),
                    cell("D2", .number(12)),
                ]
            ),
            (3, [cell("A3", .text("1.02")), cell("B3", .text("Kegiatan")), cell("C3", .number(100))]),
        ]
        var log = DiagnosticLog()
        let (table, _) = SheetTable.table(
            SheetRows(rows: try! MergedRange.fill(rows, [MergedRange(merge)!])), schema: .anggaran, date1904: false,
            file: "w", log: &log)
        return (log, table.records.map { $0.cells.dropFirst(3).map(\.value).joined(separator: "|") })
    }

    @Test func overRowsIsAnErrorAlongARowIsNot() {
        let down = read("D2:D3")
        #expect(
            down.log.errors.map(\.message.en).first?.hasPrefix("the cell is part of the merged range D2:D3") == true)
        let along = read("D2:E2")
        #expect(along.log.errors.isEmpty, "\(along.log.errors)")
        #expect(along.spending == ["12|12", "|"], "each cell of the row holds the value, as before")
    }

    @Test func aSheetNamedForAQuarter() {
        for name in ["Realisasi TW1", "realisasi tw 2", "Realisasi Triwulan III", "Q3", "Realisasi (TW4)"] {
            #expect(SheetLookup.namesAQuarter(name), "\(name)")
        }
        for name in ["Realisasi 2024", "Realisasi (2)", "Realisasi lama", "TWO"] {
            #expect(!SheetLookup.namesAQuarter(name), "\(name)")
        }
    }
}
