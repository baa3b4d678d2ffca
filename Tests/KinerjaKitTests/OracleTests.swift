import Foundation
import Testing

/// The figures of the bundled examples against scripts/capaian-oracle.py: an independent implementation of
/// the rule (docs/aturan-capaian.md) in Python's decimal module, written from the specification alone, not from the Swift code.
/// kinerja runs on its real path (the command, into a fresh folder); the oracle reads the same workspace and
/// compares every computed column of capaian.csv and serapan-anggaran.csv. `belum-lapor-periode`, which
/// issue 18 added beside the spec's statuses, is accepted where the spec would say `ok`.
@Suite(.enabled(if: Oracle.python != nil || Tools.required, "python3 is not installed: the oracle is not run"))
struct OracleTests {
    @Test func theOraclesOwnWorkedExamples() throws {
        let result = try Oracle.run(["--self-test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("# self-test: 0 failure(s)"))
    }

    @Test(arguments: [("disdikbud-pesisir-selatan", "2024-TW3"), ("disdikbud-pesisir-selatan-tahunan", "2024-TAHUNAN")])
    func kinerjaAgreesWithTheOracle(_ example: String, _ folder: String) throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let workspace = Paths.root.appendingPathComponent("examples/\(example)")
        #expect(try runKinerja(["report", workspace.path, "--output", out.url.path], in: Paths.root).status == 0)
        let written = out.url.appendingPathComponent("disdikbud/\(folder)")
        let capaian = try Oracle.run([
            workspace.path, "--compare", written.appendingPathComponent("capaian.csv").path,
            "--accept-belum-lapor-periode",
        ])
        #expect(capaian.status == 0, "capaian.csv differs from the oracle:\n\(capaian.stdout)\(capaian.stderr)")
        let serapan = written.appendingPathComponent("serapan-anggaran.csv")
        if FileManager.default.fileExists(atPath: serapan.path) {
            let budget = try Oracle.run([workspace.path, "--serapan", "--compare", serapan.path])
            #expect(
                budget.status == 0, "serapan-anggaran.csv differs from the oracle:\n\(budget.stdout)\(budget.stderr)")
        }
    }

    /// The comparison can fail: one changed figure in kinerja's file is reported.
    @Test func theComparisonCatchesAChangedFigure() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        #expect(try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root).status == 0)
        let file = out.url.appendingPathComponent("disdikbud/2024-TW3/capaian.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("IKU-01,") })
        let changed = line.replacingOccurrences(of: ",73.6,", with: ",73.7,")
        #expect(changed != line, "the example's IKU-01 realisasi is 73,6")
        try text.replacingOccurrences(of: line, with: changed).write(to: file, atomically: true, encoding: .utf8)
        let result = try Oracle.run([Paths.example.path, "--compare", file.path, "--accept-belum-lapor-periode"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("IKU-01"), "\(result.stdout)")
    }
}

enum Oracle {
    static let python =
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String]) throws -> ProcessResult {
        let python = try #require(python, "python3 is required (KINERJA_REQUIRE_TOOLS=1)")
        return try runProcess(
            URL(fileURLWithPath: python),
            [Paths.root.appendingPathComponent("scripts/capaian-oracle.py").path] + arguments)
    }
}
