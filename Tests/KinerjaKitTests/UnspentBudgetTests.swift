import Foundation
import Testing

@testable import KinerjaKit

/// A budget line with a pagu and no realisasi up to the report's quarter has no serapan (the report prints – with a
/// note); `check` says so too, once for the table, so that an empty line is not taken for one that spent 0.
struct UnspentBudgetTests {
    private func warnings(_ line: String) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let file = workspace.appendingPathComponent("anggaran.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        try Data((text + line + "\n").utf8).write(to: file)
        let (_, log) = computeReport(workspace)
        return log.warnings.map(\.description).filter { $0.contains("anggaran.csv") }
    }

    @Test func aPaguWithoutRealisasiIsSaid() throws {
        let said = try warnings("1.01.09;Program Baru;IKU-12;1.500.000.000;;;;")
        #expect(
            said.contains(
                "ws/anggaran.csv:10:45: warning: 1 budget line has a pagu but no realisasi in TW1–TW3 (the first: 1.01.09, line 10): its serapan is not computed and the report shows –; type 0 for a quarter with no spending"
            ), "\(said)")
    }

    /// A 0 typed for each quarter is a realisasi: nothing to say.
    @Test func zeroSpendingIsNot() throws {
        let said = try warnings("1.01.09;Program Baru;IKU-12;1.500.000.000;0;0;0;")
        #expect(!said.contains { $0.contains("no realisasi") }, "\(said)")
    }
}
