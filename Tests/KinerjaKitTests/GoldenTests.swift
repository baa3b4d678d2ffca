import Foundation
import Testing

@testable import KinerjaKit

/// The example workspace's outputs against golden files checked by hand (README, "Tests"; re-recorded with
/// KINERJA_RECORD=1 and read before committing).
struct GoldenTests {
    func run(dialect: CSVDialect) throws -> RunResult {
        var log = DiagnosticLog()
        var request = RunRequest(
            workspace: Paths.example, displayPath: "example", defaultTemplates: Paths.templates,
            dialect: dialect)
        request.build = goldenBuild
        let result = try reportWritten(request, log: &log)
        #expect(!log.hasErrors, "\(log.errors)")
        return try #require(result)
    }

    func file(_ result: RunResult, _ name: String) throws -> Data {
        try #require(result.files.first { $0.name == name }).data
    }

    @Test func exampleStandardDialect() throws {
        let result = try run(dialect: .standar)
        #expect(result.relativeDirectory == "disdikbud/2024-TW3")
        #expect(
            result.files.map(\.name) == [
                "capaian.csv", "serapan-anggaran.csv", "kepatuhan-sop.csv",
                "laporan-pemantauan.md", "laporan-pemantauan.html", "ringkasan.md",
                "ringkasan.html", "manifest.json",
            ])
        for name in [
            "capaian.csv", "serapan-anggaran.csv", "kepatuhan-sop.csv", "laporan-pemantauan.md",
            "laporan-pemantauan.html", "ringkasan.md", "ringkasan.html",
        ] {
            try expectGolden(try file(result, name), "disdikbud-2024-TW3/\(name)")
        }
    }

    @Test func exampleSpreadsheetDialect() throws {
        let result = try run(dialect: .excelID)
        try expectGolden(try file(result, "capaian.csv"), "disdikbud-2024-TW3/capaian.excel-id.csv")
    }

    /// The headline figures of the example, recomputed independently (Python `decimal`; OracleTests runs
    /// scripts/capaian-oracle.py over both examples) when written:
    /// the mean of the 14 IKU with a capaian, each sasaran mean, and Σ spent / Σ pagu of the 5 top-level lines.
    @Test func exampleSummary() throws {
        let report = try run(dialect: .standar).report
        #expect(report.average?.fixedString() == "97.15")
        #expect(report.category?.label == "Sangat Tinggi")
        #expect(report.keyIndicators.count == 15)
        #expect(report.keyIndicatorsWithoutCapaian.map(\.indicator.kode) == ["IKU-12"])
        #expect(report.categoryCounts.map(\.count) == [10, 2, 1, 0, 1])
        #expect(report.budgetAbsorption?.fixedString() == "71.14")
        #expect(
            report.sasaran.map { $0.average?.fixedString() ?? "–" } == ["94.90", "115.08", "86.37", "92.59", "96.04"])
        #expect(report.rulesUsed == [.positif, .negatifSelisih, .negatifRasio, .positifBand, .negatifBand, .rentang])
        // The cycle (siklus.csv against the default SOP), checked by hand in kepatuhan-sop.csv:
        // 10 of 13 steps on time; step 4 (3 Hari from Tue 1 Oct 13:00, batas Fri 4 Oct 13:00, selesai
        // Tue 8 Oct) is 2 working days late; step 12 runs on the report date; step 13 has no record.
        let cycle = try #require(report.cycle)
        #expect(
            cycle.steps.map { $0.status?.rawValue ?? "" } == Array(repeating: "tepat-waktu", count: 3)
                + ["terlambat"] + Array(repeating: "tepat-waktu", count: 7) + ["berjalan", "tidak-dilaksanakan"])
        #expect(cycle.onTimeShare.fixedString() == "76.92")
        #expect(cycle.slowest?.number == 4 && cycle.slowest?.lateness == WorkingSpan(workingDays: 2))
        #expect(cycle.elapsedWorkingDays == 10)
        #expect(cycle.findings.map(\.number) == [3, 5])
        #expect(
            report.summaryLine
                == "Disdikbud 2024-TW3: 17 indikator (15 IKU), rata-rata capaian IKU 97,15% (Sangat Tinggi); 1 IKU tanpa capaian (1 belum-ada-data); 1 IKU belum melaporkan TW3"
        )
    }
}
