import Foundation
import Testing

/// Workbooks made the way planners make them (scripts/planner-workbooks.py: openpyxl in Excel's habits,
/// some re-saved by LibreOffice headless), each read as the planner meant it or reported at its cell.
///
/// Every folder of Fixtures/planner gives exactly the diagnostics (errors, warnings and notes) of its
/// expected.txt (`--bahasa en`) and expected.id.txt (Indonesian), and exits 1 exactly when one is an
/// error. The correct workbook, as openpyxl writes it and as LibreOffice re-saves it, gives the same
/// report bytes as the same data in plain CSV files (but for naming the tables as sheets); a full-year workbook reported at TW2 gives the
/// bytes of the workbook as it stood at TW2.
struct PlannerWorkbookTests {
    static let folder = Paths.fixtures.appendingPathComponent("planner")
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/expected.txt").path)
        }.sorted()
    }()

    @Test func everyCaseIsThere() {
        for name in [
            "dinkes", "dinkes-lo", "dinkes-csv", "total-row", "cumulative-jumlah", "date-cells",
            "sasaran-spelling", "negative-money", "sheets-missing", "full-year", "siklus-text-dates", "missing-quarter",
            "sheets-ambiguous", "sheets-exact-beside-renamed", "ods-workbook", "ods-beside-xlsx", "title-above-header",
            "cumulative-realisasi", "fraction-target-beside-quarters", "budget-quarter-empty", "two-row-header",
            "percent-typed-in-percent-cell", "blank-later-quarters", "merged-nilai", "hidden-rows-and-column",
            "sheet-per-quarter", "band-typed-as-date", "band-date-as-number", "thousands-comma-in-text-sheet",
            "example-pangkat", "title-in-thousands-other-year", "cumulative-words",
        ] {
            #expect(Self.cases.contains(name), "Fixtures/planner/\(name)")
        }
    }

    @Test(arguments: cases)
    func diagnosticsInBothLanguages(_ name: String) throws {
        let before = try snapshot(Self.folder.appendingPathComponent(name))
        for (arguments, file, words) in [
            (["--bahasa", "en"], "expected.txt", DiagnosticWords.english),
            ([], "expected.id.txt", DiagnosticWords.indonesian),
        ] {
            let result = try runKinerja(["check", name] + arguments, in: Self.folder)
            let lines = try expectDiagnostics(
                result.stderr, words: words,
                fixture: Self.folder.appendingPathComponent("\(name)/\(file)"), name: name)
            let hasError = lines.contains { $0.contains(": \(words[0]): ") }
            #expect(result.status == (hasError ? 1 : 0), "check \(name) exited \(result.status)")
        }
        #expect(try snapshot(Self.folder.appendingPathComponent(name)) == before, "input files must not change")
    }

    /// The reports of `workspaces`, file by file (manifest.json aside: it hashes the inputs, which differ).
    func reports(_ name: String) throws -> [String: Data] {
        let output = try TemporaryFolder()
        defer { output.cleanUp() }
        let result = try runKinerja(["report", name, "--output", output.url.path, "--quiet"], in: Self.folder)
        #expect(result.status == 0, "report \(name): \(result.stderr)")
        return try snapshot(output.url).filter { !$0.key.hasSuffix("manifest.json") }
    }

    @Test func theWorkbookReadsAsItsCSVTwin() throws {
        let csv = try reports("dinkes-csv")
        #expect(csv.keys.contains { $0.hasSuffix("serapan-anggaran.csv") }, "the budget is reported")
        #expect(csv.keys.contains { $0.hasSuffix("kepatuhan-sop.csv") }, "the cycle is reported")
        let capaian = try #require(csv.first { $0.key.hasSuffix("capaian.csv") }?.value)
        // IKU-01 typed as 93,8% against 95%: capaian 98,74, not 0,99 or 9 874.
        #expect(String(decoding: capaian, as: UTF8.self).contains(",93.8,93.8,98.74,"))
        // two-row-header: the same workbook with "Target" merged above the target columns' names.
        for name in ["dinkes", "dinkes-lo", "two-row-header"] {
            let workbook = try reports(name)
            #expect(workbook.keys.sorted() == csv.keys.sorted(), "\(name): the same files")
            for (path, data) in csv {
                let book = try #require(workbook[path])
                #expect(
                    maskedHashes(String(decoding: book, as: UTF8.self)) == asWorkbookReport(data),
                    "\(name): \(path) differs")
            }
        }
    }

    @Test func aMissingQuarterIsSaid() throws {
        let files = try reports("missing-quarter")
        let capaian = String(
            decoding: try #require(files.first { $0.key.hasSuffix("capaian.csv") }?.value), as: UTF8.self)
        // IKU-02 (terakhir) without TW3: TW2's 12,8 against 12 by selisih, flagged, not "ok".
        #expect(capaian.contains("2025-TW3,12,,12.8,93.33,Sangat Tinggi,"))
        #expect(
            capaian.split(separator: "\n").first { $0.hasPrefix("IKU-02,") }?.contains(",belum-lapor-periode,") == true)
        let summary = String(
            decoding: try #require(files.first { $0.key.hasSuffix("ringkasan.md") }?.value), as: UTF8.self)
        #expect(summary.contains("IKU belum melaporkan Triwulan III: 1 (IKU-02)"))
        // Among the three best, its figure says it is TW II's.
        #expect(summary.contains("| IKU-02 | Angka kematian bayi (Nilai TW II; TW III belum dilaporkan.) | 93,33% |"))
    }

    /// 95 typed into a `0%` cell shows 9 500 %: read as shown, so IKU-01's capaian is 0,99 % — and the report
    /// says, above everything, which cell to check (a planner's trial found it printed silently).
    @Test func aPercentTypedIntoAPercentCellIsSaidInTheReport() throws {
        let files = try reports("percent-typed-in-percent-cell")
        let report = String(
            decoding: try #require(files.first { $0.key.hasSuffix("laporan-pemantauan.md") }?.value), as: UTF8.self)
        let doubt = try #require(report.range(of: "data.xlsx[indikator]!H2"), "the cell is named in the report")
        let table = try #require(report.range(of: "| IKU-01 |"))
        #expect(doubt.lowerBound < table.lowerBound, "the doubt comes before the figures")
        #expect(report.contains("tampil dan dibaca 9.500 %"))
    }

    /// IKU-05 filtered out of both sheets is still read, so it is counted in every figure — and the report says,
    /// above the figures, which rows are hidden (a planner's trial found them counted silently).
    @Test func hiddenRowsAreSaidInTheReport() throws {
        let files = try reports("hidden-rows-and-column")
        let report = String(
            decoding: try #require(files.first { $0.key.hasSuffix("laporan-pemantauan.md") }?.value), as: UTF8.self)
        let hidden = try #require(report.range(of: "data.xlsx[realisasi]!A14: baris 14–16 tersembunyi"))
        let table = try #require(report.range(of: "| IKU-05 |"))
        #expect(hidden.lowerBound < table.lowerBound, "the doubt comes before the figures")
        #expect(report.contains("data.xlsx[indikator]!M1: kolom M (baseline) tersembunyi"))
    }

    @Test func aFullYearReportedAtTW2IsTW2AsItStood() throws {
        let full = try reports("full-year"), then = try reports("as-at-tw2")
        #expect(!full.isEmpty && full.keys.sorted() == then.keys.sorted())
        // The same documents; only the ringkasan's paper code differs, as the workbooks do.
        let (fullText, thenText) = (maskedPaperCode(full), maskedPaperCode(then))
        for (path, text) in thenText { #expect(fullText[path] == text, "\(path) differs") }
    }
}
