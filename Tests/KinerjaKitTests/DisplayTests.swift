import Foundation
import Testing

@testable import KinerjaKit

/// Rounding for display only, half away from zero, and the number styles.
struct DisplayTests {
    @Test(arguments: [
        ("166.66666666", "166,67"), ("139.7385", "139,74"), ("78.125", "78,13"), ("-0.125", "-0,13"),
        ("0.005", "0,01"), ("0.0049", "0,00"), ("100", "100,00"), ("1234567.891", "1.234.567,89"),
        ("20415109000", "20.415.109.000,00"),
    ])
    func indonesianTwoDecimals(_ value: String, _ printed: String) {
        #expect(NumberStyle.indonesian.format(Decimal(string: value)!, scale: 2) == printed)
    }

    @Test func stylesDifferOnlyInMarks() {
        let value = Decimal(string: "1234567.5")!
        #expect(NumberStyle.english.format(value, scale: 2) == "1,234,567.50")
        #expect(NumberStyle.machine.format(value, scale: 2) == "1234567.50")
        #expect(NumberStyle.spreadsheetID.unrounded(value) == "1234567,5")
        #expect(NumberStyle.machine.unrounded(Decimal(string: "0.125")!) == "0.125")
        #expect(NumberStyle.indonesian.format(20_415_109_000, scale: 0) == "20.415.109.000")
    }

    /// An average's realisasi s.d. makes decimals of its own: printed rounded (2 decimals, not padded); a sum or
    /// the last value prints as typed.
    @Test func anAveragedRealisasiPrintsRounded() throws {
        let format = DisplayFormat(language: .id)
        let third = Decimal(string: "247.75")! / 3
        #expect(format.realisasi(third, aggregation: .rataRata) == "82,58")
        #expect(format.realisasi(Decimal(string: "82.5")!, aggregation: .rataRata) == "82,5")
        #expect(format.realisasi(Decimal(string: "0.125")!, aggregation: .terakhir) == "0,125")
        #expect(format.realisasi(137_350, aggregation: .jumlah) == "137.350")
        // Through the reports: IKU-13 (rata-rata) at 80, 83,5 and 84,25 averages 82,58333…
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let realisasi = workspace.appendingPathComponent("realisasi.csv")
        let text = try String(contentsOf: realisasi, encoding: .utf8)
        try text.replacingOccurrences(of: "IKU-13;TW3;84;", with: "IKU-13;TW3;84,25;").write(
            to: realisasi, atomically: true, encoding: .utf8)
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: workspace, defaultTemplates: Paths.templates), log: &log))
        for name in ["laporan-pemantauan.md", "laporan-pemantauan.html"] {
            let report = String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
            #expect(report.contains("82,58") && !report.contains("82,583"), "\(name)")
        }
    }

}
