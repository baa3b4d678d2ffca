import Foundation
import Testing

@testable import KinerjaKit

/// A run stopped by Ctrl-C leaves every agency folder whole, all of the earlier run or all of this one, and the
/// next run removes what it left behind (a planner's trial: a folder with the new capaian.csv beside the old
/// manifest and ringkasan, and `.…tmp-` / `.…old-` files no run removed, which kept `sign` refusing).
struct InterruptionTests {
    @Test func theNextRunRemovesWhatAStoppedRunLeft() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let out = folder.url.appendingPathComponent("out")
        #expect(try runKinerja(["report", Paths.example.path, "--output", out.path], in: folder.url).status == 0)
        let reports = out.appendingPathComponent("disdikbud/2024-TW3")
        let leftovers = [".capaian.csv.tmp-1f2e3d4c5b6a7980", ".ringkasan.md.old-ab12", ".manifest.json.old-0"]
        for name in leftovers + [".catatan-saya"] {
            try Data("x".utf8).write(to: reports.appendingPathComponent(name))
        }
        // Unchanged: left as it is, but for the leftovers.
        let again = try runKinerja(["report", Paths.example.path, "--output", out.path], in: folder.url)
        #expect(again.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        for name in leftovers { #expect(!names.contains(name), "\(name)") }
        #expect(names.contains(".catatan-saya"), "a file of the user's own is theirs")
        #expect(OutputWriter.isLeftover(".lkjip.html.tmp-9"))
        #expect(!OutputWriter.isLeftover(".tmp-9") && !OutputWriter.isLeftover(".a.tmp-xyz"))
        #expect(!OutputWriter.isLeftover("capaian.csv.tmp-9") && !OutputWriter.isLeftover(".a.bak-9"))
    }

    @Test func aStoppedRunLeavesEveryFolderWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let set = folder.url.appendingPathComponent("kab")
        #expect(
            try runKinerja(
                ["sintetis", set.path, "--agencies", "6", "--indicators", "12", "--seed", "4"], in: folder.url
            )
            .status == 0)
        let out = folder.url.appendingPathComponent("out")
        #expect(try runKinerja(["report", set.path, "--output", out.path, "--quiet"], in: folder.url).status == 0)
        let agencies = try FileManager.default.contentsOfDirectory(atPath: set.path).sorted()
        var stopped = 0
        for attempt in 0..<16 {
            // Every agency changes, so every folder is written again.
            for agency in agencies {
                let narrative = set.appendingPathComponent("\(agency)/narasi/faktor-pendorong.md")
                let text = (try? String(contentsOf: narrative, encoding: .utf8)) ?? ""
                try Data((text + "\nPercobaan \(attempt).\n").utf8).write(to: narrative)
            }
            let process = Process()
            process.executableURL = Paths.executable
            process.arguments = ["report", set.path, "--output", out.path, "--quiet"]
            // Each rename a few milliseconds apart: the signal lands while a folder switches.
            process.environment = ProcessInfo.processInfo.environment.merging([
                "KINERJA_TEMPLATES": Paths.templates.path, "KINERJA_TEST_RENAME_PAUSE_US": "4000",
            ]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(20_000 + attempt * 9_000))
            // SIGTERM, held as Ctrl-C is (a test runner may have its children ignore SIGINT).
            process.terminate()
            process.waitUntilExit()
            #expect(
                process.terminationReason == .exit && [0, 143].contains(process.terminationStatus),
                "status \(process.terminationStatus)")
            if process.terminationStatus == 143 { stopped += 1 }
            for directory in try FileManager.default.contentsOfDirectory(atPath: out.path)
            where !directory.hasPrefix(".") {
                let base = out.appendingPathComponent(directory)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue
                else { continue }
                for period in try FileManager.default.contentsOfDirectory(atPath: base.path) {
                    let check = ArchiveCheck.check(base.appendingPathComponent(period))
                    let wrong = check.files.filter {
                        $0.state != .intact && $0.name != ManifestSignature.fileName
                            && !OutputWriter.isLeftover($0.name)
                    }
                    #expect(wrong.isEmpty, "attempt \(attempt): \(directory)/\(period): \(wrong.map(\.name))")
                }
            }
        }
        #expect(stopped > 0, "no run was stopped: the test did not test")
    }
}
