import Foundation
import Testing

@testable import KinerjaKit

/// `csv: excel-id` in profil.yaml (issue 18): the CSV dialect without `--csv-dialect` on every run; the
/// option, when given, wins. An unknown value is an error at its line (Fixtures/broken/profile-bad-csv).
struct ProfileDialectTests {
    /// The example with `csv:` added to its profile, rendered in memory with `option` as `--csv-dialect`.
    func run(profileDialect: String?, option: CSVDialect?) throws -> RunResult {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        if let profileDialect { files["profil.yaml"]! += "csv: \(profileDialect)\n" }
        try folder.write(files)
        var log = DiagnosticLog()
        let request = RunRequest(
            workspace: folder.url, displayPath: "example", defaultTemplates: Paths.templates, dialect: option)
        let result = Pipeline.run(request, log: &log)
        #expect(!log.hasErrors, "\(log.errors)")
        return try #require(result)
    }

    func file(_ result: RunResult, _ name: String) throws -> Data {
        try #require(result.files.first { $0.name == name }).data
    }

    func manifestDialect(_ result: RunResult) throws -> String? {
        try JSONDecoder().decode(Manifest.self, from: try file(result, "manifest.json")).options["csv-dialect"]
    }

    @Test func theProfileChoosesTheDialect() throws {
        let excel = try run(profileDialect: "excel-id", option: nil)
        try expectGolden(try file(excel, "capaian.csv"), "disdikbud-2024-TW3/capaian.excel-id.csv")
        #expect(try manifestDialect(excel) == "excel-id")
        let standard = try run(profileDialect: "standar", option: nil)
        try expectGolden(try file(standard, "capaian.csv"), "disdikbud-2024-TW3/capaian.csv")
        #expect(try manifestDialect(standard) == "standar")
    }

    @Test func theOptionWinsOverTheProfile() throws {
        let result = try run(profileDialect: "excel-id", option: .standar)
        try expectGolden(try file(result, "capaian.csv"), "disdikbud-2024-TW3/capaian.csv")
        #expect(try manifestDialect(result) == "standar")
        let other = try run(profileDialect: "standar", option: .excelID)
        try expectGolden(try file(other, "capaian.csv"), "disdikbud-2024-TW3/capaian.excel-id.csv")
    }

    /// Through the command: no option, the profile's dialect; rekap.csv follows when every agency sets the same.
    @Test func theCommandAndTheRekapFollowTheProfiles() throws {
        let temp = try TemporaryFolder()
        defer { temp.cleanUp() }
        for (name, source) in [("tw3", Paths.example), ("tahunan", Paths.annualExample)] {
            let target = temp.url.appendingPathComponent(name)
            try FileManager.default.copyItem(at: source, to: target)
            let profile = target.appendingPathComponent("profil.yaml")
            try (try String(contentsOf: profile, encoding: .utf8) + "csv: excel-id\n").write(
                to: profile, atomically: true, encoding: .utf8)
        }
        let run = try runKinerja(["report", "tw3", "tahunan", "--output", "Out"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        let bom = Data([0xEF, 0xBB, 0xBF])
        for path in ["Out/disdikbud/2024-TW3/capaian.csv", "Out/disdikbud/2024-TAHUNAN/capaian.csv", "Out/rekap.csv"] {
            #expect(try Data(contentsOf: temp.url.appendingPathComponent(path)).prefix(3) == bom, "\(path)")
        }
        let forced = try runKinerja(
            ["report", "tw3", "tahunan", "--output", "Out", "--csv-dialect", "standar"], in: temp.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        for path in ["Out/disdikbud/2024-TW3/capaian.csv", "Out/rekap.csv"] {
            #expect(try Data(contentsOf: temp.url.appendingPathComponent(path)).prefix(3) != bom, "\(path)")
        }
    }
}
