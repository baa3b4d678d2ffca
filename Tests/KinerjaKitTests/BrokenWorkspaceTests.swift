import Foundation
import Testing

/// The corpus of broken workspaces in Fixtures/broken: each must give exactly the diagnostics in its
/// expected.txt (file, line, column and message; `--bahasa en`) and expected.id.txt (the workspace's own
/// bahasa, Indonesian), exit with status 1, and write nothing. `KINERJA_RECORD=1` rewrites expected.id.txt.
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
        func expected(_ file: String) throws -> [String] {
            try String(contentsOf: broken.appendingPathComponent(name).appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").map { "\(name)/\($0)" }
        }
        let output = try TemporaryFolder()
        defer { output.cleanUp() }
        let before = try snapshot(broken.appendingPathComponent(name))

        for command in [["report", name, "--output", output.url.path], ["check", name]] {
            let english = try runKinerja(command + ["--bahasa", "en"], in: broken)
            #expect(english.status == 1, "\(command[0]) \(name) exited \(english.status)")
            let errors = english.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
            #expect(errors == (try expected("expected.txt")), "\(command[0]) \(name): stderr was\n\(english.stderr)")

            let indonesian = try runKinerja(command, in: broken)
            #expect(indonesian.status == 1, "\(command[0]) \(name) exited \(indonesian.status)")
            let kesalahan = indonesian.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": kesalahan: ") }
            let file = broken.appendingPathComponent(name).appendingPathComponent("expected.id.txt")
            if ProcessInfo.processInfo.environment["KINERJA_RECORD"] != nil {
                try Data(kesalahan.map { String($0.dropFirst(name.count + 1)) + "\n" }.joined().utf8).write(to: file)
            }
            #expect(kesalahan == (try expected("expected.id.txt")), "\(command[0]) \(name): stderr was\n\(indonesian.stderr)")
            #expect(kesalahan.count == errors.count, "the same problems in both languages")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).isEmpty, "no output may be written")
        #expect(try snapshot(broken.appendingPathComponent(name)) == before, "input files must not change")
    }
}
