import Foundation
import Testing

/// The corpus of broken workspaces in Fixtures/broken: each must give exactly the diagnostics in its
/// expected.txt (file, line, column and message), exit with status 1, and write nothing.
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
        let expected = try String(contentsOf: broken.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map { "\(name)/\($0)" }
        let output = try TemporaryFolder()
        defer { output.cleanUp() }
        let before = try snapshot(broken.appendingPathComponent(name))

        for command in [["report", name, "--output", output.url.path], ["check", name]] {
            let result = try runKinerja(command, in: broken)
            #expect(result.status == 1, "\(command[0]) \(name) exited \(result.status)")
            let errors = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
            #expect(errors == expected, "\(command[0]) \(name): stderr was\n\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).isEmpty, "no output may be written")
        #expect(try snapshot(broken.appendingPathComponent(name)) == before, "input files must not change")
    }
}
