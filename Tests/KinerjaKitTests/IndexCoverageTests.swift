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
        // One agency (dinsos) left at TW2 among TW3 ones: the index puts two periods side by side, and says so.
        #expect(all.indexPeriods.isEmpty)
        let profile = folders[3].appendingPathComponent("profil.yaml")
        let yaml = try String(contentsOf: profile, encoding: .utf8)
        #expect(yaml.contains("periode: TW3"))
        try Data(yaml.replacingOccurrences(of: "periode: TW3", with: "periode: TW2").utf8).write(to: profile)
        let mixed = report(folders)
        #expect(mixed.indexPeriods.map(\.period) == ["2024-TW3", "2024-TW2"])
        // dinsos's TW3 folder is another period's of an agency in the index, not an agency left out.
        #expect(mixed.indexLeavesOut.isEmpty)
        #expect(mixed.indexPeriods.map(\.slugs) == [["dinkes", "disdik", "dpupr"], ["dinsos"]])
        #expect(
            mixed.lines.contains(
                .out(
                    "\(out.url.path)/index.md, index.html dan rekap.csv memuat instansi dari periode yang berbeda: 2024-TW3 (3: dinkes, disdik, dpupr); 2024-TW2 (1: dinsos); angkanya bukan dari waktu yang sama: laporkan setiap periode dalam proses tersendiri, atau periksa periode dan tahun di profilnya"
                )))
        // `verify` of the output root names what to verify instead.
        let root = ArchiveCheck.check(out.url)
        #expect(
            root.manifestProblem?.en
                == "manifest.json: missing; this is an output root holding 5 agency folders: verify each one, e.g. kinerja verify \(out.url.path)/dinkes/2024-TW3"
        )
    }
}
