import Foundation
import Testing

@testable import KinerjaKit

/// The label files read without Yams (`PlainLabelLines`) give what Yams gives, and every file it does
/// not read goes to Yams.
struct PlainLabelLinesTests {
    @Test(arguments: ["id", "en"])
    func defaultLabelFilesReadAsYamsReadsThem(_ language: String) throws {
        let text = try String(
            contentsOf: Paths.templates.appendingPathComponent("label/\(language).yaml"), encoding: .utf8)
        let plain = try #require(PlainLabelLines.parse(text))
        var log = DiagnosticLog()
        #expect(plain == LabelFile.loadWithYams(text, file: "label.yaml", log: &log))
        #expect(log.diagnostics.isEmpty)
    }

    /// Random files of tricky pieces: whatever the plain reading accepts, Yams reads to the same labels
    /// without a word; it accepts the ordinary lines.
    @Test func acceptedFilesReadAsYamsReadsThem() {
        let keys = ["judul", "a_1", "B", "judul", "x-y", " k", "k ", "#k", "null", "true", "1"]
        let separators = [": ", ":  ", ":", " : ", ":\t"]
        let values = [
            "Laporan", "Laporan Kinerja", "\"kutip: ya # bukan komentar\"", "\"a \\\" b\"", "\"\"", "\"a\" b",
            "a: b", "a #b", "a#b", "a:b", "a:", "- a", "-a", "? a", "[a]", "a [b]", "{a}", "&a b", "*a", "a &b *b",
            "a *b", "!tag", "|", ">", "'a'", "a'b", "%a", "@a", "`a`", "yes", "~", "12,5", "÷ × −", "a\u{0085}b",
            "a\u{2028}b", "a\u{FEFF}", "a\u{00A0}b", "a\tb", "a ", "", "a\\b", "\"a\\nb\"", "\"a",
        ]
        let lines = ["# komentar", "", " ", "---", "  indented: x", "\r"]
        var generator = SeededGenerator(seed: 18)
        var accepted = 0
        for _ in 0..<10000 {
            let text =
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                    Int.random(in: 0..<5, using: &generator) == 0
                        ? lines.randomElement(using: &generator)!
                        : keys.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
                            + values.randomElement(using: &generator)!
                }.joined(separator: "\n") + "\n"
            guard let plain = PlainLabelLines.parse(text) else { continue }
            accepted += 1
            var log = DiagnosticLog()
            #expect(plain == LabelFile.loadWithYams(text, file: "label.yaml", log: &log), "\(text)")
            #expect(log.diagnostics.isEmpty, "\(text)")
        }
        #expect(accepted > 100)
        #expect(PlainLabelLines.parse("judul: Laporan\njudul: Lagi\n") == nil)
        #expect(PlainLabelLines.parse("# hanya komentar\n") == nil)
    }
}
