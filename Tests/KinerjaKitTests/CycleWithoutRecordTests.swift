import Foundation
import Testing

@testable import KinerjaKit

/// siklus.csv without a record for the report's period (issue 18): the reports say that no cycle was
/// recorded yet, never "0,00% (0 dari 13 langkah tepat waktu)".
struct CycleWithoutRecordTests {
    /// The example with its TW3 cycle recorded as TW2's: siklus.csv exists, with nothing for TW3.
    static func workspace(english: Bool = false) throws -> [String: String] {
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["siklus.csv"] = files["siklus.csv"]!.replacingOccurrences(of: "\n2024-TW3,", with: "\n2024-TW2,")
        if english {
            files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "bahasa: id", with: "bahasa: en")
        }
        return files
    }

    func run(_ files: [String: String]) throws -> RunResult {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(files)
        var log = DiagnosticLog()
        let request = RunRequest(workspace: folder.url, templates: Paths.templates, defaultTemplates: Paths.templates)
        return try #require(Pipeline.run(request, log: &log), "\(log.sorted)")
    }

    func text(_ result: RunResult, _ name: String) throws -> String {
        String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
    }

    @Test func theReportsSayNoCycleWasRecorded() throws {
        let result = try run(try Self.workspace())
        let cycle = try #require(result.report.cycle)
        #expect(!cycle.hasRecords)
        for name in ["ringkasan.md", "ringkasan.html", "laporan-pemantauan.md", "laporan-pemantauan.html"] {
            let document = try text(result, name)
            #expect(document.contains("belum ada catatan siklus untuk periode ini"), "\(name)")
            #expect(!document.contains("0 dari 13"), "\(name)")
            #expect(!document.contains("langkah tepat waktu"), "\(name)")
        }
        let md = try text(result, "laporan-pemantauan.md")
        #expect(
            md.contains(
                "*Belum ada catatan siklus untuk periode ini; siklus.csv tidak memuat baris untuk periode laporan.*"))
        #expect(
            !md.contains("Langkah SOP dan pelaksanaannya") && !md.contains("| Uraian Prosedur |"),
            "no table of 13 steps that were never recorded")
    }

    @Test func theRekapShowsNoShareRatherThanZero() throws {
        func row(_ files: [String: String]) throws -> AgencyRow {
            let folder = try TemporaryFolder()
            defer { folder.cleanUp() }
            try folder.write(files)
            var log = DiagnosticLog()
            let request = RunRequest(workspace: folder.url, defaultTemplates: Paths.templates)
            return AgencyRow(try #require(Pipeline.compute(request, log: &log)))
        }
        #expect(try row(Self.workspace()).onTimeShare == nil)
        #expect(
            try row(snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }).onTimeShare?
                .fixedString() == "76.92")
    }

    @Test func inEnglish() throws {
        let result = try run(try Self.workspace(english: true))
        for name in ["ringkasan.md", "laporan-pemantauan.md", "laporan-pemantauan.html"] {
            let document = try text(result, name)
            #expect(document.contains("no cycle record for this period yet"), "\(name)")
            #expect(!document.contains("0 of 13"), "\(name)")
        }
    }

    @Test func aCycleWithRecordsIsUnchanged() throws {
        let result = try run(try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) })
        #expect(result.report.cycle?.hasRecords == true)
        #expect(
            try text(result, "ringkasan.md").contains(
                "Ketepatan waktu siklus pemantauan: 76,92% (10 dari 13 langkah tepat waktu)"))
        #expect(!(try text(result, "laporan-pemantauan.md")).contains("belum ada catatan siklus"))
    }
}
