import Foundation
import Testing

/// The corpus of broken workspaces in Fixtures/broken: each must give exactly the diagnostics (errors,
/// warnings and notes: file, line, column and message) in its expected.txt (`--bahasa en`) and
/// expected.id.txt (the workspace's own bahasa, Indonesian), from `report` and from `check`, exit with
/// status 1, and write nothing. `KINERJA_RECORD=1` rewrites both files.
struct BrokenWorkspaceTests {
    static let cases: [String] = {
        let folder = Paths.fixtures.appendingPathComponent("broken")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func reportsEveryProblemAndWritesNothing(_ name: String) throws {
        let broken = Paths.fixtures.appendingPathComponent("broken")
        let output = try TemporaryFolder()
        defer { output.cleanUp() }
        let before = try snapshot(broken.appendingPathComponent(name))

        for command in [["report", name, "--output", output.url.path], ["check", name]] {
            var counts: [Int] = []
            for (arguments, file, words) in [
                (["--bahasa", "en"], "expected.txt", DiagnosticWords.english),
                ([], "expected.id.txt", DiagnosticWords.indonesian),
            ] {
                let result = try runKinerja(command + arguments, in: broken)
                #expect(result.status == 1, "\(command[0]) \(name) exited \(result.status)")
                let lines = try expectDiagnostics(
                    result.stderr, words: words,
                    fixture: broken.appendingPathComponent("\(name)/\(file)"), name: name)
                counts.append(lines.count)
            }
            #expect(counts[0] == counts[1], "the same problems in both languages")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output.url.path).isEmpty, "no output may be written")
        #expect(try snapshot(broken.appendingPathComponent(name)) == before, "input files must not change")
    }
}
