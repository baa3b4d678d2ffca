import Foundation
import Testing

@testable import KinerjaKit

/// An earlier run's outputs that this run no longer makes are removed, not left with their old figures
/// (a planner's trial: serapan-anggaran.csv stayed at 60,89 % after anggaran.csv was taken away, and the PDFs
/// of a run with `--pdf` stayed beside the next run's documents).
struct StaleOutputsTests {
    @Test func anOutputThisRunNoLongerMakesIsRemovedAndSaid() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 1)
        let run = ReportRun(
            request: RunRequest(workspace: folders[0], defaultTemplates: Paths.templates),
            workspaces: [folders[0].path], output: out.url.path)
        #expect(run.run().outcomes.map(\.state) == [.written])
        let folder = out.url.appendingPathComponent("disdik/2024-TW3")
        let budget = folder.appendingPathComponent("serapan-anggaran.csv")
        #expect(FileManager.default.fileExists(atPath: budget.path))
        // A file of the user's own, which no manifest names, stays.
        try Data("catatan\n".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        try FileManager.default.removeItem(at: folders[0].appendingPathComponent("anggaran.csv"))
        let again = run.run()
        #expect(again.outcomes.map(\.state) == [.written])
        #expect(again.outcomes.first?.removedStale == [out.url.path + "/disdik/2024-TW3/serapan-anggaran.csv"])
        #expect(!FileManager.default.fileExists(atPath: budget.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("catatan.txt").path))
        #expect(
            again.lines.contains(
                .out(
                    "dihapus \(out.url.path)/disdik/2024-TW3/serapan-anggaran.csv: keluaran proses sebelumnya yang tidak dibuat proses ini (angkanya angka proses itu)"
                )))
        // Nothing is left that verify would call unexpected but the user's own file.
        let check = ArchiveCheck.check(folder, key: nil)
        #expect(check.files.filter { $0.state == .unexpected }.map(\.name) == ["catatan.txt"])
    }

    /// A previous manifest with the same bytes as this run's is not decoded: a run's manifest lists only the
    /// files of that run, so nothing can be stale. That holds for every run (checked here on synthetic agencies
    /// and the example), and the answer is the one decoding gives.
    @Test func aManifestLikeThisRunsListsNothingStale() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        for workspace in try BatchTests.syntheticSet(inputs.url, count: 3) + [Paths.example] {
            var log = DiagnosticLog()
            let result = try #require(
                Pipeline.run(RunRequest(workspace: workspace, defaultTemplates: Paths.templates), log: &log))
            let manifest = try #require(result.files.last { $0.name == "manifest.json" })
            let listed = try JSONDecoder().decode(Manifest.self, from: manifest.data).outputs.map(\.path)
            #expect(Set(listed).isSubset(of: result.files.map(\.name)))
            try manifest.data.write(to: out.url.appendingPathComponent("manifest.json"))
            #expect(StaleOutputs.find(in: out.url, keeping: result.files).isEmpty)
            // Without this run's manifest among the files, the same bytes are decoded: the listed files it
            // does not keep are stale.
            let kept = result.files.filter { $0.name != "capaian.csv" && $0.name != "manifest.json" }
            #expect(StaleOutputs.find(in: out.url, keeping: kept) == ["capaian.csv"])
            let otherManifest = OutputFile(name: "manifest.json", data: Data("{}\n".utf8))
            #expect(StaleOutputs.find(in: out.url, keeping: kept + [otherManifest]) == ["capaian.csv"])
        }
    }

    @Test func aFailedAgencyWhoseFolderHoldsEarlierReportsIsToldSo() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 1)
        let run = ReportRun(
            request: RunRequest(workspace: folders[0], defaultTemplates: Paths.templates),
            workspaces: [folders[0].path], output: out.url.path)
        #expect(run.run().outcomes.first?.earlierReports == nil)
        let realisasi = folders[0].appendingPathComponent("realisasi.csv")
        let text = try String(contentsOf: realisasi, encoding: .utf8)
        try Data((text + "IKU-001;TW2;lima;;\n").utf8).write(to: realisasi)
        let failed = run.run()
        #expect(failed.outcomes.map(\.state) == [.failed])
        let folder = out.url.path + "/disdik/2024-TW3/"
        #expect(failed.outcomes.first?.earlierReports == "disdik/2024-TW3")
        let closing =
            "\(folders[0].path) tidak ditulis. \(folder) masih memuat laporan proses sebelumnya, yang bukan dari masukan ini."
        #expect(
            failed.lines.contains { line in
                if case .error(let text) = line { return text.hasSuffix(closing) }
                return false
            })
    }
}
