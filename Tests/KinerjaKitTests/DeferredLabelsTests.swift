import Foundation
import Testing

@testable import KinerjaKit

/// A default label file that is the binary's own is parsed only when its language is first asked for
/// (TemplateSet.deferredLabels): the labels are those parsing it at once gives, and a default folder
/// whose label file is not the binary's own is parsed at once, so that its errors are said as before.
struct DeferredLabelsTests {
    @Test(arguments: [Language.id, .en])
    func deferredLabelsAreTheFilesLabels(_ language: Language) throws {
        let text = try String(
            contentsOf: Paths.templates.appendingPathComponent("label/\(language.rawValue).yaml"), encoding: .utf8)
        var quiet = DiagnosticLog()
        let expected = LabelFile.load(text, file: "label.yaml", log: &quiet)
        #expect(!expected.isEmpty)
        for defaults in [BundledFiles.templates, BundledFiles.templates(in: Paths.templates)] {
            var log = DiagnosticLog()
            let set = TemplateSet(defaults: defaults, user: nil, log: &log)
            #expect(log.diagnostics.isEmpty, "\(log.sorted)")
            #expect(set.labels(language) == expected)
            #expect(set.labelSources[language] == [defaults.path("label/\(language.rawValue).yaml")])
        }
    }

    /// A default folder (`$KINERJA_TEMPLATES`) with a broken label file: its error is reported when the
    /// set is loaded, though no run asks for that language.
    @Test func aChangedDefaultLabelFileIsParsedAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Paths.templates, to: copy)
        try Data("judul: [tidak ditutup\n".utf8).write(to: copy.appendingPathComponent("label/en.yaml"))
        var log = DiagnosticLog()
        let set = TemplateSet(defaults: copy, user: nil, log: &log)
        #expect(log.hasErrors)
        #expect(log.sorted.allSatisfy { $0.text(.en).contains("label/en.yaml") }, "\(log.sorted)")
        #expect(set.labels(.en).isEmpty)
        #expect(!set.labels(.id).isEmpty)
    }
}
