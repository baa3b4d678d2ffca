import Foundation
import Testing

@testable import KinerjaKit

/// The rekap is the index of one run: a run of some agencies says which folders of the same period it leaves
/// out, and a run of one says that the earlier rekap still shows its earlier figures (a planner's trial).
struct IndexCoverageTests {
    @Test func aRunOfSomeAgenciesSaysWhatTheRekapLeavesOut() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 4)
        func report(_ workspaces: [URL]) -> ReportOutcome {
            ReportRun(
                request: RunRequest(workspace: workspaces[0], defaultTemplates: Paths.templates),
                workspaces: workspaces.map(\.path), output: out.url.path
            ).run()
        }
        let all = report(folders)
        #expect(all.indexLeavesOut.isEmpty && !all.rekapNotRewritten)
        let two = report(Array(folders.prefix(2)))
        #expect(two.indexLeavesOut == ["dinsos/2024-TW3", "dpupr/2024-TW3"])
        #expect(
            two.lines.contains(
                .out(
                    "\(out.url.path)/index.md, index.html dan rekap.csv memuat 2 instansi proses ini; 2 folder lain untuk periode yang sama di \(out.url.path)/ tidak termuat (dinsos/2024-TW3, dpupr/2024-TW3): laporkan semua ruang kerja bersama agar semuanya termuat"
                )))
        // One agency: no index is written. The rekap of the last many-agency run (the two) lists it with the
        // same figures: nothing to say; once its realisasi changes, its row there is stale, and that is said.
        #expect(!report([folders[0]]).rekapNotRewritten)
        let realisasi = folders[0].appendingPathComponent("realisasi.csv")
        let rows = try String(contentsOf: realisasi, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let tw3 = try #require(rows.firstIndex { $0.contains("TW3") })
        var changed = rows.map(String.init)
        var cells = changed[tw3].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        cells[2] = "1"
        changed[tw3] = cells.joined(separator: ";")
        try Data(changed.joined(separator: "\n").utf8).write(to: realisasi)
        let one = report([folders[0]])
        #expect(one.outcomes.map(\.state) == [.written])
        #expect(one.rekapNotRewritten && one.indexLeavesOut.isEmpty)
        #expect(
            one.lines.contains {
                $0 == .out(ReportWords.rekapNotRewritten(out.url.path + "/rekap.csv", directory: "disdik/2024-TW3").id)
            })
        #expect(!report([folders[3]]).rekapNotRewritten, "dpupr is not in the two agencies' rekap")
        // `verify` of the output root names what to verify instead.
        let root = ArchiveCheck.check(out.url)
        #expect(
            root.manifestProblem?.en
                == "manifest.json: missing; this is an output root holding 4 agency folders: verify each one, e.g. kinerja verify \(out.url.path)/dinkes/2024-TW3"
        )
    }
}
