import Foundation
import Testing

@testable import KinerjaKit

/// Templates that would never finish rendering are errors at their tag (issue 20).
struct TemplateStructureTests {
    func errors(_ files: [String: String]) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(files)
        var log = DiagnosticLog()
        _ = TemplateSet(defaults: Paths.templates, user: folder.url, log: &log)
        return log.errors.map { $0.description.replacingOccurrences(of: folder.url.path + "/", with: "") }
    }

    @Test func aPartialIncludingItselfIsRefused() throws {
        let own = try errors(["_a.md.mustache": "x\n{{> _a.md}}\n"])
        #expect(
            own == [
                "_a.md.mustache:2:1: error: the partial _a.md includes itself ({{> _a.md}} → {{> _a.md}}); rendering would never end: remove the include that closes the loop"
            ])
        let pair = try errors(["_a.md.mustache": "{{> _b.md}}", "_b.md.mustache": "{{#x}}{{> _a.md}}{{/x}}"])
        #expect(
            pair.count == 1 && pair[0].contains("includes itself ({{> _a.md}} → {{> _b.md}} → {{> _a.md}})"), "\(pair)")
        #expect(try errors(["_a.md.mustache": "{{> _b.md}}", "_b.md.mustache": "b"]).isEmpty)
    }

    @Test func sectionsNestedWithoutEndAreRefused() throws {
        let deep = String(repeating: "{{#a}}", count: 2000) + String(repeating: "{{/a}}", count: 2000)
        let found = try errors(["ringkasan.md.mustache": deep])
        #expect(
            found.count == 1
                && found[0].hasPrefix("ringkasan.md.mustache:1:601: error: sections are nested more than 100 deep"),
            "\(found)")
        let fine = String(repeating: "{{#a}}", count: 20) + String(repeating: "{{/a}}", count: 20)
        #expect(try errors(["ringkasan.md.mustache": "{{% CONTENT_TYPE: Markdown }}\n" + fine]).isEmpty)
    }

    @Test func aTemplateOfEndlessTagsIsRefusedBeforeItIsParsed() throws {
        let long = "{{% CONTENT_TYPE: Markdown }}\n" + String(repeating: "{{x}}", count: 80_000)
        let found = try errors(["ringkasan.md.mustache": long])
        #expect(found.count == 1 && found[0].contains("the template has 80001 tags, more than the 5000"), "\(found)")
    }
}
