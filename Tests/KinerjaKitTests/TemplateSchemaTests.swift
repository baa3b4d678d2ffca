import Foundation
import Testing

@testable import KinerjaKit

/// The template contract of issue 22: the names a template may use are the view types' `fields`; the
/// name check, docs/templates.md and the labels are checked against them, whatever a workspace holds.
struct TemplateSchemaTests {
    /// A template folder that is a copy of the defaults, so the set counts as customised and is checked.
    static func copiedDefaults(
        changing files: [String: String] = [:]
    ) throws -> (TemporaryFolder, TemplateSet, DiagnosticLog) {
        let folder = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path) {
            try FileManager.default.copyItem(
                at: Paths.templates.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        for (name, text) in files {
            try text.write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: Paths.templates, user: folder.url, log: &log)
        return (folder, templates, log)
    }

    /// Every tag of every default template, in every section, resolves in its document's schema, in both
    /// languages: a name renamed in a view and not in the templates (or the reverse) fails here.
    @Test func theDefaultTemplatesUseOnlyNamesOfTheirViews() throws {
        let (folder, templates, loaded) = try Self.copiedDefaults()
        defer { folder.cleanUp() }
        #expect(templates.isCustomised && loaded.diagnostics.isEmpty)
        for language in [Language.id, .en] {
            var log = DiagnosticLog()
            var check = TemplateNameCheck(templates: templates)
            for kind in DocumentKind.allCases {
                for template in kind.templates {
                    check.check(template, schema: kind.schema, language: language, log: &log)
                }
            }
            #expect(log.diagnostics.isEmpty, "\(log.diagnostics.map(\.description))")
        }
    }

    /// The point of a schema: a typo inside a section that is empty for this workspace (the example has no
    /// record of a step the SOP lacks) is reported all the same.
    @Test func aTypoInASectionEmptyForTheExampleIsReported() throws {
        let (report, _) = computeReport(Paths.example)
        let view = MonitoringReport(try #require(report), labels: [:], narrative: [:])
        #expect(try #require(view.cycle).extraRecords.isEmpty)
        let (folder, templates, _) = try Self.copiedDefaults(changing: [
            "laporan-pemantauan.md.mustache":
                "{{% CONTENT_TYPE: Markdown }}\n{{#pelaksanaan.langkah_lain}}\n  {{uraian}} {{uraiann}}\n{{/pelaksanaan.langkah_lain}}\n"
        ])
        defer { folder.cleanUp() }
        var log = DiagnosticLog()
        TemplateNameCheck.check([.laporanPemantauan], templates: templates, language: .id, log: &log)
        let path = folder.url.appendingPathComponent("laporan-pemantauan.md.mustache").path
        #expect(
            log.warnings.map(\.description) == [
                "\(path):3:14: warning: {{uraiann}} is not a name the context of laporan-pemantauan.md has, so it renders as nothing; see docs/templates.md for the names"
            ])
        // Checked once per template set: another agency of the run is told the same.
        var again = DiagnosticLog()
        TemplateNameCheck.check([.laporanPemantauan], templates: templates, language: .id, log: &again)
        #expect(again.diagnostics.map(\.description) == log.diagnostics.map(\.description))
    }

    /// Every name of a context is declared in its view's schema, with the shape the schema says, so the
    /// schema (and the page made from it) lists what the renderers get.
    @Test func theContextsHoldTheSchemasNames() throws {
        let (report, _) = computeReport(Paths.annualExample)
        let annual = try #require(report)
        var log = DiagnosticLog()
        let labels = TemplateSet(defaults: Paths.templates, user: nil, log: &log).labels(.id)
        let views: [(any TemplateView.Type, [String: Any])] = [
            (MonitoringReport.self, MonitoringReport.context(annual, labels: labels, narrative: [:])),
            (AnnualReport.self, AnnualReport.context(annual, labels: labels, narrative: [:])),
            (CapaianCSV.self, CapaianCSV.context(annual, dialect: .standar)),
        ]
        for (type, context) in views {
            var unknown: [String] = []
            Self.compare(context, ViewSchema(type), path: "", unknown: &unknown)
            #expect(unknown.isEmpty, "\(type): \(unknown)")
        }
    }

    static func compare(_ context: [String: Any], _ schema: ViewSchema, path: String, unknown: inout [String]) {
        for (key, value) in context {
            guard let name = schema[key] else {
                unknown.append(path + key)
                continue
            }
            switch (name.kind, value) {
            case (.text, is String), (.flag, is Bool), (.labels, is [String: String]): continue
            case (.object, let piece as [String: Any]), (.optionalObject, let piece as [String: Any]):
                compare(piece, name.children!, path: path + key + ".", unknown: &unknown)
            case (.list, let items as [[String: Any]]):
                for item in items { compare(item, name.children!, path: path + key + "[].", unknown: &unknown) }
            default: unknown.append(path + key + " (shape)")
            }
        }
    }

    /// docs/templates.md's name tables are made from the schema; `KINERJA_RECORD=1` rewrites the page.
    @Test func theTemplateReferenceIsMadeFromTheSchema() throws {
        let file = Paths.root.appendingPathComponent("docs/templates.md")
        let page = try String(contentsOf: file, encoding: .utf8)
        let updated = try #require(TemplateReference.updated(page), "a `<!-- names: … -->` marker is missing")
        if ProcessInfo.processInfo.environment["KINERJA_RECORD"] == "1" {
            try updated.write(to: file, atomically: true, encoding: .utf8)
        } else {
            #expect(updated == page, "docs/templates.md is stale: run the tests with KINERJA_RECORD=1")
        }
    }

    /// `contoh` (Starter/ExampleValues.swift, through `ExampleNote`): one item per part, its values joined.
    @Test func theExampleValuesNoteHasTheDeclaredNames() {
        let findings = [ExampleValues.Finding(part: "indikator", items: ["IKU-01", "IKU-02"])]
        let made = ExampleValues.context(findings) as NSDictionary?
        #expect(made == ["daftar": [["bagian": "indikator", "nilai": "IKU-01, IKU-02"]]] as NSDictionary)
    }

    /// The label keys the default templates use (`{{l.…}}`) are in both label files, and the two files
    /// have the same keys; a key neither a template nor the code uses is dead.
    @Test func theLabelKeysAreACheckedSet() throws {
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: Paths.templates, user: nil, log: &log)
        var used = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path)
        where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: Paths.templates.appendingPathComponent(name), encoding: .utf8)
            for tag in MustacheTags.scan(text) {
                if let path = tag.lookupName, path.hasPrefix("l.") { used.insert(String(path.dropFirst(2))) }
            }
        }
        #expect(used.count > 50)
        let id = Set(templates.labels(.id).keys), en = Set(templates.labels(.en).keys)
        #expect(used.subtracting(id).isEmpty, "not in label/id.yaml: \(used.subtracting(id).sorted())")
        #expect(used.subtracting(en).isEmpty, "not in label/en.yaml: \(used.subtracting(en).sorted())")
        #expect(id == en, "in one label file only: \(id.symmetricDifference(en).sorted())")
        // The rest are the code's: each key is written in Sources, whole or as its prefix (`status_`).
        let sources = try Self.sourceText()
        let unused = id.subtracting(used).filter { key in
            let parts = key.split(separator: "_")
            let prefixes = (1..<max(parts.count, 1)).map { parts.prefix($0).joined(separator: "_") + "_" }
            return !sources.contains("\"\(key)\"") && !prefixes.contains { sources.contains("\"\($0)") }
        }
        #expect(unused == Self.spareLabels, "label keys nothing uses: \(unused.sorted())")
    }

    /// Keys of both label files that no default template and no code uses, kept on purpose; none today (the
    /// two dead ones, grafik_terpotong and semua_bercapaian, were removed).
    static let spareLabels: Set<String> = []

    static func sourceText() throws -> String {
        let root = Paths.root.appendingPathComponent("Sources/KinerjaKit")
        let files =
            FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter {
                $0.hasSuffix(".swift")
            } ?? []
        return try files.map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.joined()
    }
}
