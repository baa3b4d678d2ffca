import Foundation
import KinerjaSynthetic
import Testing

@testable import KinerjaKit

/// Many agencies in one run (issue 6): concurrency, failures, skipping unchanged agencies, the index.
struct BatchTests {
    /// Writes `count` synthetic workspaces (`pd-0001`, …) into `folder` and returns their folders.
    @discardableResult
    static func syntheticSet(_ folder: URL, count: Int, indicators: Int = 12, seed: UInt64 = 7) throws -> [URL] {
        try (0..<count).map { index in
            var workspace = SyntheticWorkspace(seed: seed, index: index, indicators: indicators)
            let url = folder.appendingPathComponent(String(format: "pd-%04d", index + 1))
            try workspace.write(to: url)
            return url
        }
    }

    static func batch(
        _ out: URL, force: Bool = false, templates user: URL? = nil,
        build: BuildIdentity = KinerjaVersion.build
    ) -> BatchRun {
        var log = DiagnosticLog()
        var request = RunRequest(workspace: out, templates: user, defaultTemplates: Paths.templates)
        request.build = build
        let templates = TemplateSet(defaults: Paths.templates, user: user, log: &log)
        #expect(!log.hasErrors)
        return BatchRun(request: request, templates: templates, outputRoot: out, force: force)
    }

    @Test func concurrentRunWritesTheSameBytesAsOneAtATime() throws {
        let inputs = try TemporaryFolder(), together = try TemporaryFolder(), single = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            together.cleanUp()
            single.cleanUp()
        }
        let folders = try Self.syntheticSet(inputs.url, count: 8)
        let found = WorkspaceDiscovery.expand([inputs.url.path])
        #expect(found.workspaces.map(\.url.lastPathComponent) == folders.map(\.lastPathComponent))
        #expect(found.isMany)

        let outcomes = Self.batch(together.url).run(found.workspaces)
        #expect(outcomes.map(\.state) == Array(repeating: .written, count: 8))
        for folder in folders {
            var log = DiagnosticLog()
            let result = try #require(
                Pipeline.run(RunRequest(workspace: folder, defaultTemplates: Paths.templates), log: &log))
            _ = try OutputWriter.write(result.files, to: single.url.appendingPathComponent(result.relativeDirectory))
        }
        // The batch also keeps each agency's record for the next run (`LastRun`), and where each workspace
        // went (`RecordFolders`), beside the documents.
        let all = try snapshot(together.url, records: true), b = try snapshot(single.url)
        let a = try snapshot(together.url)
        #expect(all.count - a.count == 8 + 1)
        #expect(a.count == 8 * 8 && a.count == b.count)
        #expect(a == b)
    }

    @Test func theIndexIsTheSameWhateverTheOrderOfTheArguments() throws {
        let inputs = try TemporaryFolder(), first = try TemporaryFolder(), second = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            first.cleanUp()
            second.cleanUp()
        }
        let folders = try Self.syntheticSet(inputs.url, count: 5)
        let paths = folders.map(\.path)
        for (out, order) in [(first, paths), (second, Array(paths.reversed()))] {
            let result = try runKinerja(
                ["report"] + order + ["--output", out.url.path, "--bahasa", "en"], in: Paths.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("5 agencies: 5 reported (5 written, 0 unchanged)"))
        }
        for name in ["index.md", "index.html", "rekap.csv"] {
            let a = try Data(contentsOf: first.url.appendingPathComponent(name))
            #expect(a == (try Data(contentsOf: second.url.appendingPathComponent(name))), "\(name)")
        }
        // One row per agency, in slug order, each linking to its reports.
        let rekap = try String(contentsOf: first.url.appendingPathComponent("rekap.csv"), encoding: .utf8)
        let slugs = rekap.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(slugs == ["disdik", "dinkes", "dpupr", "dinsos", "dishub"].sorted())
        #expect(slugs == ["dinkes", "dinsos", "disdik", "dishub", "dpupr"])
        let index = try String(contentsOf: first.url.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(
            index.contains(
                "[Pemantauan](dinkes/2024-TW3/laporan-pemantauan.md); [Ringkasan](dinkes/2024-TW3/ringkasan.md)"))
        let html = try String(contentsOf: first.url.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<a href=\"dinkes/2024-TW3/laporan-pemantauan.html\">Pemantauan</a>"))
        for view in ["urut-instansi", "urut-capaian", "urut-serapan", "urut-siklus"] {
            #expect(html.contains("id=\"\(view)\""))
        }
        #expect(!html.contains("<script"))
    }

    @Test func aFailingWorkspaceIsReportedAndTheOthersAreWritten() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try Self.syntheticSet(inputs.url, count: 4)
        let broken = folders[2].appendingPathComponent("realisasi.csv")
        try (try String(contentsOf: broken, encoding: .utf8) + "IKU-001;TW2;banyak;;\n").write(
            to: broken, atomically: true, encoding: .utf8)

        let result = try runKinerja(
            ["report", inputs.url.path, "--output", out.url.path, "--bahasa", "en"], in: Paths.root)
        #expect(result.status == 1)
        let name = inputs.url.path + "/pd-0003"
        #expect(result.stderr.contains("\(name)/realisasi.csv:"))
        #expect(result.stderr.contains("\(name) was not written."))
        #expect(result.stdout.contains("4 agencies: 3 reported (3 written, 0 unchanged); 1 failed: \(name)"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted()
        // pd-0003 is the DPUPR, the broken one.
        #expect(written == [LastRun.folder, "dinkes", "dinsos", "disdik", "index.html", "index.md", "rekap.csv"])
        let index = try String(contentsOf: out.url.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("- pd-0003"))
        // Its progress line counts its errors (a single one is "1 error", not "1 errors").
        #expect(result.stderr.contains("pd-0003: FAILED (2 errors),"))
        // Not-a-terminal progress: one plain line per agency.
        #expect(
            result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("[") && $0.contains("/4] ") }.count == 4)
    }

    @Test func unchangedAgenciesAreSkippedAndForceWritesThemAgain() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try Self.syntheticSet(inputs.url, count: 3)
        let workspaces = WorkspaceDiscovery.expand([inputs.url.path]).workspaces
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.written, .written, .written])
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.unchanged, .unchanged, .unchanged])

        // One input changes: only that agency is written again.
        let narrative = folders[1].appendingPathComponent("narasi/penutup.md")
        try Data("Penutup yang diperbarui.\n".utf8).write(to: narrative)
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.unchanged, .written, .unchanged])
        // An output removed or edited by hand is not "unchanged".
        let edited = out.url.appendingPathComponent("disdik/2024-TW3/ringkasan.md")
        try Data("diubah".utf8).write(to: edited)
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.written, .unchanged, .unchanged])
        // A template changes: every agency is written again.
        let templates = try TemporaryFolder()
        defer { templates.cleanUp() }
        try templates.write([
            "ringkasan.md.mustache": try String(
                contentsOf: Paths.templates.appendingPathComponent("ringkasan.md.mustache"), encoding: .utf8) + "\n"
        ])
        #expect(
            Self.batch(out.url, templates: templates.url).run(workspaces).map(\.state) == [
                .written, .written, .written,
            ])
        #expect(
            Self.batch(out.url, templates: templates.url).run(workspaces).map(\.state) == [
                .unchanged, .unchanged, .unchanged,
            ])
        #expect(
            Self.batch(out.url, force: true, templates: templates.url).run(workspaces).map(\.state) == [
                .written, .written, .written,
            ])
    }

    /// A binary built from other code (here: another identity injected) never takes outputs made by this
    /// one as its own: an upgrade that fixes a formula rewrites every folder.
    @Test func anotherBuildRewritesEveryAgency() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        try Self.syntheticSet(inputs.url, count: 2)
        let workspaces = WorkspaceDiscovery.expand([inputs.url.path]).workspaces
        let this = KinerjaVersion.build
        let upgraded = BuildIdentity(
            commit: this.commit, sources: String(this.sources.reversed()), cmark: this.cmark,
            dependencies: this.dependencies)
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.written, .written])
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.unchanged, .unchanged])
        #expect(Self.batch(out.url, build: upgraded).run(workspaces).map(\.state) == [.written, .written])
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: out.url.appendingPathComponent("disdik/2024-TW3/manifest.json")))
        #expect(manifest.build == upgraded)
        let otherCmark = BuildIdentity(
            commit: this.commit, sources: upgraded.sources, cmark: "0.31.0", dependencies: this.dependencies)
        #expect(Self.batch(out.url, build: otherCmark).run(workspaces).map(\.state) == [.written, .written])
    }

    /// Issue 20: an output edited together with its line in manifest.json is not "unchanged": the run
    /// compares what it makes with the files on disk, and writes the folder again.
    @Test func aManifestEditedWithItsOutputIsNotTrusted() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        try Self.syntheticSet(inputs.url, count: 1)
        let workspaces = WorkspaceDiscovery.expand([inputs.url.path]).workspaces
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.written])
        let folder = out.url.appendingPathComponent("disdik/2024-TW3")
        let ringkasan = folder.appendingPathComponent("ringkasan.md")
        let original = try Data(contentsOf: ringkasan)
        let forged = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "%", with: "0%").utf8)
        try forged.write(to: ringkasan)
        let manifestURL = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
        manifest.outputs = manifest.outputs.map {
            $0.path == "ringkasan.md" ? Manifest.entry("ringkasan.md", forged) : $0
        }
        try manifest.encoded().write(to: manifestURL)
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.written])
        #expect(try Data(contentsOf: ringkasan) == original)
        #expect(Self.batch(out.url).run(workspaces).map(\.state) == [.unchanged])
    }

    @Test func twoWorkspacesWithTheSameOutputFolderBothFail() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        try Self.syntheticSet(inputs.url, count: 2)
        // A copy of pd-0001 under another folder name: same singkatan, year and period.
        try FileManager.default.copyItem(
            at: inputs.url.appendingPathComponent("pd-0001"),
            to: inputs.url.appendingPathComponent("salinan"))
        let outcomes = Self.batch(out.url).run(WorkspaceDiscovery.expand([inputs.url.path]).workspaces)
        #expect(outcomes.map(\.state) == [.failed, .written, .failed])
        let message = try #require(outcomes[0].log.errors.first?.description)
        #expect(
            message.contains("pd-0001/profil.yaml: error: this workspace and")
                && message.contains("salinan would both write disdik/2024-TW3/"))
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("disdik").path))
    }

    /// Three workspaces for one folder: each says "all", not "both"; and a conflicting workspace's other errors
    /// are said in the same run (it is still loaded), not after the conflict is fixed.
    @Test func threeWorkspacesForOneFolderAndTheirOtherErrors() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        try Self.syntheticSet(inputs.url, count: 1)
        for copy in ["salinan", "salinan-2"] {
            try FileManager.default.copyItem(
                at: inputs.url.appendingPathComponent("pd-0001"), to: inputs.url.appendingPathComponent(copy))
        }
        try FileManager.default.removeItem(at: inputs.url.appendingPathComponent("salinan-2/realisasi.csv"))
        let outcomes = Self.batch(out.url).run(WorkspaceDiscovery.expand([inputs.url.path]).workspaces)
        #expect(outcomes.map(\.state) == [.failed, .failed, .failed])
        let messages = outcomes.map { $0.log.errors.map(\.description).joined(separator: "\n") }
        #expect(
            messages.allSatisfy {
                $0.contains("would all write disdik/2024-TW3/") && $0.contains("none of them was written")
            }, "\(messages)")
        #expect(
            messages[2].contains("salinan-2/realisasi.csv: error: required file realisasi.csv is missing"),
            "\(messages[2])")
    }

    @Test func discoveryTakesWorkspacesAndFoldersOfWorkspacesOnce() throws {
        let inputs = try TemporaryFolder()
        defer { inputs.cleanUp() }
        try Self.syntheticSet(inputs.url, count: 3)
        try FileManager.default.createDirectory(
            at: inputs.url.appendingPathComponent("bukan-workspace"), withIntermediateDirectories: true)
        let one = inputs.url.appendingPathComponent("pd-0002").path
        let found = WorkspaceDiscovery.expand([one, inputs.url.path + "/"])
        #expect(
            found.workspaces.map(\.displayPath) == [one, inputs.url.path + "/pd-0001", inputs.url.path + "/pd-0003"])
        #expect(found.isMany)
        let single = WorkspaceDiscovery.expand([one])
        #expect(single.workspaces.count == 1 && !single.isMany)
        // A folder that is neither: taken as a workspace, so the loader says what is missing.
        let neither = WorkspaceDiscovery.expand([inputs.url.appendingPathComponent("bukan-workspace").path])
        #expect(neither.workspaces.count == 1 && !neither.isMany)
    }

    @Test func syntheticWorkspacesFollowFromTheSeed() throws {
        var a = SyntheticWorkspace(seed: 3, index: 4, indicators: 30)
        var b = SyntheticWorkspace(seed: 3, index: 4, indicators: 30)
        var c = SyntheticWorkspace(seed: 4, index: 4, indicators: 30)
        let files = a.files()
        #expect(files.map(\.text) == b.files().map(\.text))
        #expect(files.map(\.text) != c.files().map(\.text))
        // Every polarity and aggregation occurs in a realistic set.
        let indicators = try #require(files.first { $0.path == "indikator.csv" }?.text)
        for word in [";positif;", ";negatif;", ";rentang;", ";jumlah;", ";terakhir;", ";rata-rata;"] {
            #expect(indicators.contains(word), "\(word)")
        }
        // And it loads without errors.
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var d = SyntheticWorkspace(seed: 3, index: 4, indicators: 30)
        try d.write(to: folder.url)
        let (report, log) = computeReport(folder.url)
        #expect(report?.indicators.count == 30 && !log.hasErrors, "\(log.errors)")
        #expect(report?.cycle != nil && report?.budget != nil)
    }

    @Test func theIndexTemplatesUseOnlyNamesTheirContextHas() throws {
        let inputs = try TemporaryFolder()
        defer { inputs.cleanUp() }
        try Self.syntheticSet(inputs.url, count: 2)
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: Paths.templates, user: Paths.templates, log: &log)
        let outcomes = Self.batch(inputs.url).run(WorkspaceDiscovery.expand([inputs.url.path]).workspaces)
        let files = RekapIndex.files(
            rows: outcomes.compactMap(\.row), failed: [outcomes[0].workspace], templates: templates,
            dialect: .excelID, log: &log)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(files.map(\.name) == ["index.md", "index.html", "rekap.csv"])
        // The spreadsheet dialect: BOM, semicolons, decimal comma.
        let csv = String(decoding: files[2].data.dropFirst(3), as: UTF8.self)
        #expect(files[2].data.starts(with: [0xEF, 0xBB, 0xBF]) && csv.hasPrefix("slug;instansi;"))
        #expect(csv.contains(";2024-TW3;12;"))
    }

    @Test func rekapChartCountsAgenciesPerBin() {
        // The doc comment's example.
        let chart = RekapChart(averages: [
            Decimal(string: "98.13")!, Decimal(string: "101.04")!, Decimal(string: "99.9")!, 72,
        ])
        #expect(chart.counts == [0, 0, 0, 1, 0, 2, 1, 0, 0, 0])
        #expect(RekapChart.bin(Decimal(string: "49.99")!) == 0 && RekapChart.bin(50) == 1 && RekapChart.bin(130) == 9)
    }
}
