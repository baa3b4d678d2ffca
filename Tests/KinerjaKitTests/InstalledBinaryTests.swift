import Foundation
import Testing

@testable import KinerjaKit

/// The binary copied alone into an empty folder on PATH does everything the README shows, from any
/// directory: it carries its templates, label files and SOPs (issue 19).
struct InstalledBinaryTests {
    @Test func theBinaryAloneOnPathDoesEverything() throws {
        let bin = try TemporaryFolder(), home = try TemporaryFolder()
        defer {
            bin.cleanUp()
            home.cleanUp()
        }
        // Copied by cp in its own process: a copy written here would hold a writable descriptor that a
        // process forked meanwhile by a parallel test inherits until its exec, and running the copy in that
        // window fails with ETXTBSY ("Text file busy"), as CI once saw.
        let copy = try runProcess(
            URL(fileURLWithPath: "/bin/cp"), [Paths.executable.path, bin.url.appendingPathComponent("kinerja").path])
        try #require(copy.status == 0, "\(copy.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["KINERJA_TEMPLATES"] = nil
        environment["PATH"] = bin.url.path + ":/usr/bin:/bin"
        environment["LANG"] = "C"
        func kinerja(_ arguments: [String]) throws -> ProcessResult {
            try runProcess(
                URL(fileURLWithPath: "/usr/bin/env"), ["kinerja"] + arguments, in: home.url, environment: environment)
        }
        #expect(try kinerja(["init", "dinas"]).status == 0)
        let check = try kinerja(["check", "dinas"])
        #expect(check.status == 0, "\(check.stderr)")
        let report = try kinerja(["report", "dinas", "--output", "keluaran"])
        #expect(report.status == 0, "\(report.stderr)")
        let written = try FileManager.default.contentsOfDirectory(
            atPath: home.url.appendingPathComponent("keluaran").path)
        #expect(!written.isEmpty)
        let sops = try kinerja(["sop", "list"])
        #expect(sops.status == 0 && sops.stdout.contains(SOPLibrary.defaultName), "\(sops.stderr)")
        let show = try kinerja(["sop", "show", "kecamatan-sutera", "--yaml"])
        #expect(
            show.stdout.utf8.count > 100 && Data(show.stdout.utf8) == BundledFiles.sops.files["kecamatan-sutera.yaml"])
        let export = try kinerja(["templates", "export", "templat"])
        #expect(export.status == 0, "\(export.stderr)")
        let exported = home.url.appendingPathComponent("templat/ringkasan.md.mustache")
        #expect(
            try Data(contentsOf: exported)
                == Data(contentsOf: Paths.templates.appendingPathComponent("ringkasan.md.mustache")))
        let version = try kinerja(["--version"])
        #expect(version.stdout == KinerjaVersion.line + "\n")
    }

    /// Whatever `report` refuses, `check` refuses: here a user's template that does not parse.
    @Test func checkRefusesWhatReportRefuses() throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        try templates.write(["ringkasan.md.mustache": "{{% CONTENT_TYPE: Markdown }}\n{{#baris}}x{{/bariss}}\n"])
        let folder = Paths.example.deletingLastPathComponent()
        let name = Paths.example.lastPathComponent
        let report = try runKinerja(
            ["report", name, "--output", out.url.path, "--templates", templates.url.path, "--bahasa", "en"], in: folder)
        let check = try runKinerja(["check", name, "--templates", templates.url.path, "--bahasa", "en"], in: folder)
        #expect(report.status == 1 && check.status == 1)
        let error = "ringkasan.md.mustache:2:12: error: section {{#baris}}"
        #expect(report.stderr.contains(error) && check.stderr.contains(error), "\(check.stderr)")
    }

    /// `check` takes what `report` takes, many workspaces and a folder of them, and refuses two
    /// workspaces that would write one folder, as `report` does.
    @Test func checkTakesWhatReportTakes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for name in ["a", "b"] {
            try FileManager.default.copyItem(at: Paths.example, to: folder.url.appendingPathComponent("kab/\(name)"))
        }
        let both = try runKinerja(["check", "kab", "--csv-dialect", "excel-id", "--bahasa", "en"], in: folder.url)
        #expect(both.status == 1)
        #expect(
            both.stderr.contains(
                "kab/a/profil.yaml: error: this workspace and kab/b would both write disdikbud/2024-TW3/"),
            "\(both.stderr)")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("kab/b"))
        try FileManager.default.copyItem(at: Paths.annualExample, to: folder.url.appendingPathComponent("kab/b"))
        let fine = try runKinerja(["check", "kab/a", "kab/b", "--quiet"], in: folder.url)
        #expect(fine.status == 0 && fine.stdout.isEmpty && fine.stderr.isEmpty, "\(fine.stderr)")
        let loud = try runKinerja(["check", "kab"], in: folder.url)
        #expect(loud.status == 0 && loud.stdout.split(separator: "\n").count == 2, "one summary line per workspace")
    }

    @Test func quietPrintsNothingButErrors() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let folder = Paths.example.deletingLastPathComponent()
        let quiet = try runKinerja(
            ["report", Paths.example.lastPathComponent, "--output", out.url.path, "--quiet"], in: folder)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)\(quiet.stderr)")
        let loud = try runKinerja(
            ["report", Paths.example.lastPathComponent, "--output", out.url.path, "--force"], in: folder)
        #expect(!loud.stdout.isEmpty && !loud.stderr.isEmpty, "the example has warnings and writes files")
    }
}
