import Foundation
import Mustache
import Testing

@testable import KinerjaKit

/// Footnotes are numbered in the order a document prints them (issue 22: "numbered when rendering, in the
/// order the template prints them"), wherever the template puts the lists.
struct FootnoteOrderTests {
    /// A planner's own template that prints the notes first and the capaian periode before the quarters:
    /// the example's "no quarterly target" note is printed first, so it is ¹ (the default templates make it
    /// ²), the lists at the top are complete, and the budget's note, never printed, is not listed.
    /// The same from a template that falls back to swift-mustache (a decomposed é, as pasted from a Mac,
    /// is beyond the compiled renderer: docs/templates.md, "Which Mustache"): the context path numbers the
    /// same way (`ContextFootnotes`).
    @Test(arguments: ["", "Re\u{301}sume\u{301}\n"])
    func aTemplateThatPrintsTheNotesFirstNumbersThemAsItPrintsThem(_ heading: String) throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        try """
        {{% CONTENT_TYPE: Markdown }}
        \(heading){{> _catatan-kaki.md}}
        {{#sasaran}}
        {{#indikator}}
        {{kode}}: {{capaian_periode}} / {{#realisasi_tw}}{{teks}} {{/realisasi_tw}}/ {{realisasi}} / {{capaian}}
        {{/indikator}}
        {{/sasaran}}

        """.write(
            to: templates.url.appendingPathComponent("laporan-pemantauan.md.mustache"), atomically: true,
            encoding: .utf8)
        let run = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path], in: Paths.root)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        let md = try String(contentsOf: folder.appendingPathComponent("laporan-pemantauan.md"), encoding: .utf8)
        let lines = md.components(separatedBy: "\n")
        var log = DiagnosticLog()
        let set = TemplateSet(defaults: Paths.templates, user: templates.url, log: &log)
        #expect(
            set.rendersFromView("laporan-pemantauan.md", root: ReportView<MonitoringReport>.self) == heading.isEmpty,
            "the second case goes the context path")

        #expect(lines.contains("IKU-02: –¹ / –² 54,5 55 / 55 / 91,67%ᵃ"), "\(md)")
        #expect(lines.contains("IKU-08: –¹ / 61,5 62,8 –² / 62,8³ / 96,62%ᵃ⁴"))
        let noTarget = try #require(
            lines.firstIndex { $0.hasPrefix("- ¹ Indikator ini tidak memiliki target triwulan") })
        let noValue = try #require(lines.firstIndex { $0.hasPrefix("- ² Tidak ada realisasi untuk triwulan ini") })
        let firstRow = try #require(lines.firstIndex { $0.hasPrefix("IKU-01:") })
        #expect(noTarget < noValue && noValue < firstRow, "the lists stand first and are complete")
        #expect(!md.contains("anggaran.csv"), "the budget's note is not printed, so not listed")

        // Every marker printed has its note, and every note listed is printed.
        let rows = lines[firstRow...].joined(separator: "\n")
        for (index, line) in lines[..<firstRow].enumerated() where line.hasPrefix("- ") {
            let marker = String(line.dropFirst(2).prefix { $0 != " " })
            #expect(rows.contains(marker), "note \(index) \(marker) is printed")
        }
        let reasons = lines[..<firstRow].filter { $0.hasPrefix("- ") && "¹²³⁴⁵⁶⁷⁸⁹".contains($0.dropFirst(2).first!) }
        #expect(reasons.count == 8 && reasons.last!.hasPrefix("- ⁸ Target belum ditetapkan"), "\(reasons)")

        // The default HTML of the same run still numbers as the default templates print.
        let html = try String(contentsOf: folder.appendingPathComponent("laporan-pemantauan.html"), encoding: .utf8)
        #expect(html.contains("91,67%ᵃ") && html.contains("–²"))
    }

    /// The numbering itself: first printed first, a repeat keeps its number, the two series apart, and a
    /// list read before a later note is printed makes the document stale, which the seeded second
    /// rendering lists in full from the start.
    @Test func notesAreNumberedWherePrintedFirst() {
        var notes = Footnotes()
        let a = notes.mark("a", "A"), b = notes.mark("b", "B"), rule = notes.mark("r", "R", series: .rule)
        var numbering = FootnoteNumbering()
        #expect(numbering.print("x" + b) == "x¹" && numbering.print(a + rule + b) == "²ᵃ¹")
        #expect(numbering.listing(.reason) == [1, 0] && numbering.listing(.rule) == [0] && !numbering.stale)
        #expect(numbering.print("plain ¹ text") == "plain ¹ text")

        var early = FootnoteNumbering()
        #expect(early.listing(.reason).isEmpty && !early.anyPrinted())
        #expect(early.print(a) == "¹" && early.stale)
        var again = FootnoteNumbering.seeded(early)
        #expect(again.listing(.reason) == [0] && again.anyPrinted() && again.print(a) == "¹" && !again.stale)
        let list = FootnoteList(notes)
        #expect((list.items(.reason, [1, 0])[0] as? TypedViewBox<FootnoteList.Reason>)?.view.text == "B")

        // The byte scan that decides whether a value is looked at agrees with the UTF8View's.
        let long = String(repeating: "Angka partisipasi – ", count: 20)
        for text in ["", "x", "98,13%", "–¹", a, "x" + rule, long, long + b, "日本🎓", "\u{EFFFF}", "\u{10FFFF}"] {
            #expect(Footnotes.mayHoldPlaceholder(text) == text.utf8.contains(0xF3), "\(text.debugDescription)")
        }
        #expect(Footnotes.mayHoldPlaceholder(NSString(string: "bridged " + b) as String))

        // A placeholder that came in a planner's own text (U+F0005: this document has two reasons) is
        // printed as a marker, but listed as nothing, and the real notes keep their numbers.
        var forged = FootnoteNumbering()
        #expect(forged.print("Nama\u{F0005}") == "Nama¹" && forged.print(b) == "²")
        let items = list.items(.reason, forged.listing(.reason))
        #expect(
            items.count == 1
                && (items[0] as? TypedViewBox<FootnoteList.Reason>).map { ($0.view.index, $0.view.text) }! == (1, "B"))
    }
}

/// A document whose templates print nothing (a planner who does not want the ringkasan empties it) is
/// written empty, as swift-mustache renders such a template, without its view or QR code being made.
struct SilentTemplateTests {
    @Test func anEmptiedRingkasanIsWrittenEmpty() throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        let silent = "{{! Ringkasan tidak dipakai. }}\n"
        #expect(try MustacheTemplate(string: silent).render([String: Any]()) == "", "swift-mustache prints nothing")
        try ("{{% CONTENT_TYPE: Markdown }}\n" + silent).write(
            to: templates.url.appendingPathComponent("ringkasan.md.mustache"), atomically: true, encoding: .utf8)
        try silent.write(
            to: templates.url.appendingPathComponent("ringkasan.html.mustache"), atomically: true, encoding: .utf8)
        let run = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path], in: Paths.root)
        #expect(run.status == 0, "\(run.stderr)")
        let said = run.stderr.components(separatedBy: "\n").filter { $0.contains("tidak mencetak apa pun") }
        #expect(
            said.count == 2
                && said.allSatisfy { $0.contains("catatan") && $0.contains("ditulis sebagai berkas kosong") },
            "a note for each emptied template: \(run.stderr)")
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        for name in ["ringkasan.md", "ringkasan.html"] {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)).isEmpty, "\(name)")
        }
        let report = try String(contentsOf: folder.appendingPathComponent("laporan-pemantauan.md"), encoding: .utf8)
        #expect(report.contains("98,13%ᵃ"), "the other documents as ever")
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"ringkasan.md\"") && manifest.contains("\"ringkasan.html\""))

        var log = DiagnosticLog()
        let set = TemplateSet(defaults: Paths.templates, user: templates.url, log: &log)
        #expect(set.printsNothing("ringkasan.md") && !set.printsNothing("laporan-pemantauan.md"))
    }
}
