import ArgumentParser
import Foundation
import Testing

@testable import KinerjaKit
@testable import kinerja

/// The commands in-process, as argument-parser's own tests run them: parsed from the words a user types,
/// run, and judged by the exit status they end with (the real-process tests keep TZ, LANG and stdout).
struct CommandTests {
    /// The status a command line ends with: 0 when `run` returns, else its ExitCode.
    func status(_ arguments: [String]) throws -> Int32 {
        var command = try Kinerja.parseAsRoot(arguments)
        do {
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test func checkEndsWithTheStatusOfItsWorkspaces() throws {
        let broken = Paths.fixtures.appendingPathComponent("broken/duplicate-kode").path
        #expect(try status(["check", Paths.example.path, "--quiet", "--bahasa", "en"]) == 0)
        #expect(try status(["check", broken, "--quiet", "--bahasa", "en"]) == 1)
        #expect(try status(["check", Paths.example.path, broken, "--quiet", "--bahasa", "en"]) == 1)
        #expect(throws: (any Error).self) { try Kinerja.parseAsRoot(["check"]) }
    }

    /// An input error outranks a failed write: one broken agency and an index that cannot be written (a
    /// folder stands where index.html goes) end with 1, not 74; the index alone failing ends with 74.
    @Test func oneRuleForTheExitStatus() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        try FileManager.default.createDirectory(
            at: out.url.appendingPathComponent("index.html"), withIntermediateDirectories: true)
        try FileManager.default.createFile(
            atPath: out.url.appendingPathComponent("index.html/keep").path, contents: Data())
        let broken = Paths.fixtures.appendingPathComponent("broken/duplicate-kode").path
        let tahunan = Paths.root.appendingPathComponent("examples/disdikbud-pesisir-selatan-tahunan").path
        #expect(try status(["report", Paths.example.path, broken, "--output", out.url.path, "--quiet"]) == 1)
        #expect(try status(["report", Paths.example.path, tahunan, "--output", out.url.path, "--quiet"]) == 74)
    }
}
