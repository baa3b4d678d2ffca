import Foundation
import Testing

@testable import KinerjaKit

/// A user's label file holds only the lines they changed; every other key keeps its default (issue 18).
/// A label in no label file is an error at the template's line and column.
struct LabelOverlayTests {
    /// The example reported with `templates` (a user folder) into a fresh folder: status, stderr and outputs.
    func report(templates: [String: String]) throws -> (run: ProcessResult, files: [String: Data]) {
        let user = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            user.cleanUp()
            out.cleanUp()
        }
        try user.write(templates)
        let run = try runKinerja(
            [
                "report", Paths.example.path, "--output", out.url.path, "--templates", user.url.path,
                "--bahasa", "en",
            ], in: Paths.root)
        return (run, try snapshot(out.url))
    }

    @Test func aPartialLabelFileOverridesItsKeysAndKeepsTheDefaults() throws {
        let user = try TemporaryFolder()
        defer { user.cleanUp() }
        try user.write(["label/id.yaml": "perhatian: Lampu Kuning\nkunci_baru: Kata Baru\n"])
        var log = DiagnosticLog()
        let defaults = TemplateSet(defaults: Paths.templates, user: nil, log: &log).labels(.id)
        let set = TemplateSet(defaults: Paths.templates, user: user.url, log: &log)
        // A key the defaults lack and no template uses changes nothing: probably misspelled, so a warning.
        let file = user.url.appendingPathComponent("label/id.yaml").path
        #expect(
            log.sorted.map { $0.text(.en) } == [
                "\(file):2:1: warning: label kunci_baru is not a key of the default label file and no template uses it, so it changes nothing; check its spelling against the default label file"
            ])
        #expect(!log.hasErrors)
        // Used by a template of the user's, it is a new label, and nothing is said.
        try user.write(["_tambahan.md.mustache": "{{l.kunci_baru}}\n"])
        var quiet = DiagnosticLog()
        _ = TemplateSet(defaults: Paths.templates, user: user.url, log: &quiet)
        #expect(quiet.diagnostics.isEmpty, "\(quiet.sorted)")
        var expected = defaults
        expected["perhatian"] = "Lampu Kuning"
        expected["kunci_baru"] = "Kata Baru"
        #expect(set.labels(.id) == expected)
        #expect(set.labels(.en) == TemplateSet(defaults: Paths.templates, user: nil, log: &log).labels(.en))
        // Both files are in the manifest: the user's under its name, the default beneath it as default/label/id.yaml.
        let entries = Dictionary(uniqueKeysWithValues: set.manifestEntries.map { ($0.path, $0.sha256) })
        #expect(
            entries["label/id.yaml"] == Hashing.sha256(Data("perhatian: Lampu Kuning\nkunci_baru: Kata Baru\n".utf8)))
        #expect(
            entries["default/label/id.yaml"]
                == Hashing.sha256(try Data(contentsOf: Paths.templates.appendingPathComponent("label/id.yaml"))))
        #expect(entries["default/label/en.yaml"] == nil)
    }

    @Test func theChangedHeadingAppearsAndNothingElseChanges() throws {
        let (run, files) = try report(templates: ["label/id.yaml": "perhatian: Lampu Kuning\n"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            !run.stderr.contains(".mustache") && !run.stderr.contains("label/"), "no template warnings: \(run.stderr)")
        let md = String(decoding: try #require(files["disdikbud/2024-TW3/laporan-pemantauan.md"]), as: UTF8.self)
        #expect(md.contains("## 1. Ringkasan\n") && md.contains("## 3. Lampu Kuning\n"))
        // A label file that repeats a default gives the default outputs byte for byte (but the manifest, and
        // the ringkasan's paper code, which hashes it).
        let (same, sameFiles) = try report(templates: ["label/id.yaml": "perhatian: Indikator yang Perlu Perhatian\n"])
        #expect(same.status == 0, "\(same.stderr)")
        for name in [
            "laporan-pemantauan.md", "laporan-pemantauan.html", "ringkasan.md", "ringkasan.html", "capaian.csv",
        ] {
            let golden = try Data(contentsOf: Paths.golden.appendingPathComponent("disdikbud-2024-TW3/\(name)"))
            let written = try #require(sameFiles["disdikbud/2024-TW3/\(name)"])
            if name.hasPrefix("ringkasan.") {
                #expect(
                    maskedPaperCode(String(decoding: written, as: UTF8.self))
                        == maskedPaperCode(String(decoding: golden, as: UTF8.self)))
                #expect(written != golden, "the paper code changes with the label file")
            } else {
                #expect(written == golden, "\(name)")
            }
        }
    }

    @Test func aLabelInNoLabelFileIsAnErrorAtItsTag() throws {
        let template = try String(
            contentsOf: Paths.templates.appendingPathComponent("_laporan-ringkasan.md.mustache"), encoding: .utf8)
        #expect(template.contains("{{l.ringkasan}}"))
        let (run, files) = try report(templates: [
            "_laporan-ringkasan.md.mustache": template.replacingOccurrences(
                of: "{{l.ringkasan}}", with: "{{l.ringkasann}}"),
            "label/id.yaml": "perhatian: Lampu Kuning\n",
        ])
        #expect(run.status == 1)
        #expect(files.isEmpty, "nothing is written")
        let line = run.stderr.split(separator: "\n").first { $0.contains("error:") }.map(String.init) ?? ""
        let defaults = Paths.templates.appendingPathComponent("label/id.yaml").path
        #expect(
            line.contains(
                "/_laporan-ringkasan.md.mustache:3:7: error: {{l.ringkasann}}: label ringkasann is in no label file of bahasa id (\(defaults), "
            ), "\(run.stderr)")
        #expect(
            line.hasSuffix(
                "/label/id.yaml); add the line `ringkasann: …` to label/id.yaml in your templates folder, or correct the name"
            ), "\(run.stderr)")
    }

    /// The default templates are not name-checked in a run (TemplateSet.isCustomised), so every label they
    /// use must be in both default label files.
    @Test func everyLabelTheDefaultTemplatesUseIsInBothLabelFiles() throws {
        var log = DiagnosticLog()
        let set = TemplateSet(defaults: Paths.templates, user: nil, log: &log)
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path).filter {
            $0.hasSuffix(".mustache")
        }
        var used = Set<String>()
        for name in names {
            let text = try String(contentsOf: Paths.templates.appendingPathComponent(name), encoding: .utf8)
            for tag in MustacheTags.scan(text) {
                if let path = tag.lookupName, path.hasPrefix("l.") { used.insert(String(path.dropFirst(2))) }
            }
        }
        #expect(used.count > 100)
        for language in [Language.id, .en] {
            let missing = used.subtracting(set.labels(language).keys)
            #expect(missing.isEmpty, "\(language): \(missing.sorted())")
        }
    }
}
