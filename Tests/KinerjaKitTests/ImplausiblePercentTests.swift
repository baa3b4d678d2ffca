import Foundation
import Testing

@testable import KinerjaKit

/// A mark typed as the decimal point in a file that proves the decimal comma groups thousands: `88.100` for
/// 88,1 % reads as 88 100 %, which is said at the cell (a planner's trial had a capaian of 95 491 % in silence).
struct ImplausiblePercentTests {
    @Test func aPercentOverAHundredTimesItsTargetIsSaidAtTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let realisasi = workspace.appendingPathComponent("realisasi.csv")
        let text = try String(contentsOf: realisasi, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "IKU-01;TW3;73,6;", with: "IKU-01;TW3;73.600;").utf8).write(
            to: realisasi)
        var log = DiagnosticLog()
        _ = Pipeline.compute(
            RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log)
        let said = log.warnings.filter { $0.message.en.contains("more than a hundred times its target") }
        #expect(
            said.map(\.description) == [
                "ws/realisasi.csv:5:12: warning: nilai 73,600 of IKU-01 is read as 73,600 %, more than a hundred times its target 75 %; if a mark in it was meant as the decimal point (88.100 for 88,1 in this file), type the decimal mark this file uses"
            ])
        // 73,6 as typed in the example: nothing to say.
        var clean = DiagnosticLog()
        _ = Pipeline.compute(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &clean)
        #expect(!clean.warnings.contains { $0.message.en.contains("more than a hundred times") })
    }
}
