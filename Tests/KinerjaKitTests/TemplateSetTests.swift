import Foundation
import Testing

@testable import KinerjaKit

/// Which templates a run parses (TemplateSet's `unused`).
@Suite struct TemplateSetTests {
    /// A run of one workspace does not parse the index templates, but the manifest still lists them.
    @Test func oneWorkspaceSkipsTheIndexTemplates() throws {
        var log = DiagnosticLog()
        let single = TemplateSet(defaults: Paths.templates, user: nil, unused: TemplateSet.indexTemplates, log: &log)
        let many = TemplateSet(defaults: Paths.templates, user: nil, log: &log)
        #expect(!log.hasErrors)
        for name in TemplateSet.indexTemplates {
            #expect(single.render(name, [String: Any]()) == nil, "\(name)")
            #expect(many.render(name, [String: Any]()) != nil, "\(name)")
        }
        #expect(single.render("capaian.csv", [String: Any]()) != nil)
        #expect(single.manifestEntries.map(\.path) == many.manifestEntries.map(\.path))
    }

    /// The skip relies on no default template including an index template (user templates are searched).
    @Test func noDefaultTemplateIncludesTheIndexTemplates() throws {
        let inclusion = try NSRegularExpression(pattern: #"\{\{[<>]\s*(index\.md|index\.html|rekap\.csv)\s*\}\}"#)
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path).filter {
            $0.hasSuffix(".mustache")
        }
        #expect(names.count > 40)
        for file in names {
            let text = try String(contentsOf: Paths.templates.appendingPathComponent(file), encoding: .utf8)
            #expect(inclusion.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(file)")
        }
        #expect(inclusion.firstMatch(in: "a {{> index.html}} b", range: NSRange(location: 0, length: 20)) != nil)
    }

    /// A user's template that names an index template (here as a partial) gets it parsed after all.
    @Test func aUserTemplateNamingAnIndexTemplateKeepsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(["_lampiran.md.mustache": "{{> rekap.csv}}"])
        var log = DiagnosticLog()
        let templates = TemplateSet(
            defaults: Paths.templates, user: folder.url, unused: TemplateSet.indexTemplates, log: &log)
        #expect(!log.hasErrors)
        #expect(templates.render("rekap.csv", [String: Any]()) != nil)
        #expect(templates.render("index.html", [String: Any]()) == nil)
    }

    /// `annualTemplates` are the LKjIP's two templates and exactly the default partials only they reach.
    @Test func theAnnualTemplatesAreWhatOnlyTheLKjIPReaches() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        var partials: [String: [String]] = [:]
        for name in names {
            let text = try String(
                contentsOf: Paths.templates.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            partials[name] = MustacheTags.scan(text).filter { $0.kind == .partial }.map(\.name)
        }
        func reached(from roots: [String]) -> Set<String> {
            var seen = Set(roots), pending = roots
            while let name = pending.popLast() {
                for partial in partials[name] ?? [] where seen.insert(partial).inserted { pending.append(partial) }
            }
            return seen
        }
        let lkjip = reached(from: ["lkjip.md", "lkjip.html"])
        let others = reached(from: names.filter { !$0.hasPrefix("_") && !$0.hasPrefix("lkjip.") })
        #expect(lkjip.count > 10)
        #expect(TemplateSet.annualTemplates == lkjip.subtracting(others))
    }

    /// A run at TW3 does not parse the LKjIP's templates, one at TAHUNAN does; a user's own LKjIP template is
    /// parsed at TW3 too, so that its error still stops the run.
    @Test func theLKjIPIsParsedForTheYearEndOnly() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        func templates(_ workspace: URL, user: URL? = nil) -> ReportOutcome {
            let request = RunRequest(workspace: workspace, templates: user, defaultTemplates: Paths.templates)
            var run = ReportRun(request: request, workspaces: [workspace.path], output: out.url.path)
            run.quiet = true
            return run.run()
        }
        #expect(templates(Paths.example).templates.render("lkjip.md", [String: Any]()) == nil)
        #expect(templates(Paths.annualExample).templates.render("lkjip.md", [String: Any]()) != nil)
        let user = try TemporaryFolder()
        defer { user.cleanUp() }
        try user.write(["_lkjip-sasaran.md.mustache": "{{#x}}"])
        let broken = templates(Paths.example, user: user.url)
        #expect(broken.templateLog.hasErrors)
        #expect(broken.exitStatus == 1)
    }
}
