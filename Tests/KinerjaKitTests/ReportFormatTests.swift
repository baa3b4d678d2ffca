import Foundation
import Mustache
import Testing

@testable import KinerjaKit

/// How the Markdown and HTML reports print values (docs/laporan.md, "Printing for people") and escape them.
struct ReportFormatTests {
    let id = DisplayFormat(language: .id), en = DisplayFormat(language: .en)

    @Test func valuesAsReportsPrintThem() {
        #expect(id.percent(decimal("87.5")) == "87,50%" && en.percent(decimal("87.5")) == "87.50%")
        #expect(id.number(decimal("1234567.89")) == "1.234.567,89")
        #expect(id.money(20_415_109_000) == "Rp20.415.109.000" && en.money(20_415_109_000) == "Rp20,415,109,000")
        #expect(id.money(decimal("-1500.5")) == "-Rp1.501")
        #expect(id.target(.band(lower: decimal("7.5"), upper: 8)) == "7,5–8")
        let date = CalendarDate(iso: "2024-10-15")!
        #expect(id.date(date) == "15 Oktober 2024" && en.date(date) == "15 October 2024")
        #expect(id.quarter(3) == "Triwulan III" && en.quarter(3) == "Quarter III" && id.quarterShort(4) == "TW IV")
        #expect(id.period(.annual) == "Tahunan")
    }

    @Test(arguments: [
        ("197203151998032004", "19720315 199803 2 004"), ("19720315 199803 2 004", "19720315 199803 2 004"),
        ("1972 0315 1998 0320 04", "19720315 199803 2 004"),
        // Not an 18-digit NIP (a PPPK number): printed as written, spaces tidied, never "corrected".
        ("2024  0101 12", "2024 0101 12"), ("P-12345", "P-12345"),
    ])
    func nipGrouping(_ written: String, _ printed: String) {
        #expect(DisplayFormat.nip(written) == printed)
    }

    @Test(arguments: [
        ("Siswa | Guru", "Siswa \\| Guru"), ("*tebal* _miring_", "\\*tebal\\* \\_miring\\_"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"), ("[tautan](http://x)", "\\[tautan\\](http://x)"),
        ("baris\nbaru\r\nlagi", "baris baru lagi"), ("# judul", "\\# judul"), ("`kode`", "\\`kode\\`"),
        ("- butir", "\\- butir"), ("+ butir", "\\+ butir"), ("---", "\\---"), ("2024. Tahun", "2024\\. Tahun"),
        ("-3,46", "-3,46"), ("1.234,5", "1.234,5"), ("a\\b", "a\\\\b"), ("&amp;", "\\&amp;"),
        ("Pendidikan Anak Usia Dini", "Pendidikan Anak Usia Dini"),
        ("a\u{2028}b\u{0085}c", "a b c"), ("94,12 ¹ ²", "94,12 ¹ ²"), ("80–90 ▸", "80–90 ▸"),
        ("1) butir", "1\\) butir"),
        ("", ""), ("=", "="), ("===", "\\==="),
    ])
    func markdownEscaping(_ value: String, _ escaped: String) {
        #expect(MarkdownContentType.escape(value) == escaped)
    }

    /// kinerja's HTML content type escapes to exactly what swift-mustache's built-in HTML escaping gives
    /// (a template without the pragma), for values with and without characters to escape.
    @Test func htmlContentTypeEscapesAsSwiftMustacheDoes() throws {
        _ = TemplateSet.contentTypes
        let values = [
            "", "Dinas Pendidikan", "a < b & c > d", "\"kutip\" dan 'petik'", "&amp;", "94,12 ¹", "80–90 ▸",
            "<script>alert('x')</script>", "Rp1.250.000",
        ]
        let plain = try MustacheTemplate(string: "{{#v}}[{{.}}]{{/v}}")
        let ours = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}\n{{#v}}[{{.}}]{{/v}}")
        for value in values {
            #expect(ours.render(["v": [value]]) == plain.render(["v": [value]]), "\(value)")
            #expect(HTMLContent.escape(value) == value || value.contains(where: { "<>&\"'".contains($0) }))
        }
        #expect(HTMLContent.escape("a<b") == "a&lt;b")
        // The one difference: a `<` carrying a combining mark is one Character, which swift-mustache's
        // lookup does not recognise; it is escaped here all the same.
        #expect(HTMLContent.escape("<\u{0338}b>") == "&lt;\u{0338}b&gt;")
    }

    /// Strings print through `MustacheCustomRenderable` (StringRenderable.swift) to the same text, and open
    /// and close sections the same way, as a value swift-mustache prints with `String(describing:)`.
    @Test func stringsRenderAsSwiftMustacheDescribesThem() throws {
        struct Described: CustomStringConvertible { let description: String }
        _ = TemplateSet.contentTypes
        #expect(("x" as Any) is MustacheCustomRenderable)
        let templates = try [
            "{{v}}|{{{v}}}|{{#v}}yes{{/v}}{{^v}}no{{/v}}",
            "{{% CONTENT_TYPE: HTML }}\n{{v}}|{{{v}}}", "{{% CONTENT_TYPE: Markdown }}\n{{v}}",
            "{{% CONTENT_TYPE: CSV }}\n{{v}}",
        ].map { try MustacheTemplate(string: $0) }
        for value in ["", "Dinas Pendidikan", "a < b & \"c\"", "*tebal* | 1. butir", "94,12 ¹", "x;y\nz"] {
            for template in templates {
                #expect(
                    template.render(["v": value]) == template.render(["v": Described(description: value)]), "\(value)")
            }
        }
    }

    /// The shortcut that returns most values untouched never skips a value that needed escaping.
    @Test func markdownShortcutSkipsOnlyValuesWithNothingToEscape() {
        let pieces = [
            "a", " ", "-", "+", "=", "1", "2024", ".", ")", "|", "*", "\n", "\u{2028}", "\u{0085}", "¹", "–",
            "é", "Rp", "#", "!", "\t",
        ]
        var generator = SeededGenerator(seed: 86)
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            if !MarkdownContentType.needsEscaping(text) { #expect(MarkdownContentType.escape(text) == text, "\(text)") }
        }
    }

    /// The byte-by-byte escaping of ASCII texts gives what the Character-by-Character one gives, and is
    /// not taken for any other text.
    @Test func markdownASCIIEscapingMatchesCharacterEscaping() {
        let pieces = [
            "a", " ", "-", "+", "=", "1", "2024", ".", ")", "|", "*", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\t",
            "#", "!", "\\", "`", "_", "[", "]", "<", ">", "~", "&", "---", "9)", "é",
        ]
        var generator = SeededGenerator(seed: 87)
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let ascii = MarkdownContentType.escapeASCII(text)
            #expect(
                ascii == (text.utf8.allSatisfy { $0 < 0x80 } ? MarkdownContentType.escapeCharacters(text) : nil),
                "\(text)")
        }
    }

    @Test func middleBandOfEachScale() {
        let p = RatingScale.permendagri86
        #expect(p.middleBand.label == "Sedang")
        #expect(p.bands.filter(p.isBelowMiddle).map(\.label) == ["Rendah", "Sangat Rendah"])
        #expect(RatingScale.sakip.middleBand.label == "B")
        #expect(p.bands.map(p.colourStep) == [0, 1, 3, 4, 6])
        #expect(RatingScale.sakip.bands.map(RatingScale.sakip.colourStep) == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test func footnotesNumberInOrderOfFirstUse() {
        var notes = Footnotes()
        // A mark is a placeholder (numbered where a document prints it); in build order, as the context has it:
        let first = notes.mark("a", "first"), second = notes.mark("b", "second")
        #expect(first != second && notes.mark("a", "again") == first && !first.contains("¹"))
        #expect(Footnotes.inBuildOrder(first) == "¹" && Footnotes.inBuildOrder(second) == "²")
        #expect(Footnotes.inBuildOrder(notes.mark("rule", "formula", series: .rule)) == "ᵃ")
        #expect(Footnotes.inBuildOrder("98,13%" + notes.absent("b", "second")) == "98,13%–²")
        #expect(Footnotes.inBuildOrder("no marks, ¹ as typed") == "no marks, ¹ as typed")
        #expect(Footnotes.superscript(12) == "¹²")
        #expect(
            (FootnoteList(notes).context["catatan_kaki"] as? [[String: Any]])?.map { $0["teks"] as? String } == [
                "first", "second",
            ])
    }
}

/// The bar chart's geometry: the axis, the bar lengths, clipping, and rows without a capaian.
struct BarChartTests {
    func bar(_ value: String?) -> BarChart.Bar {
        BarChart.Bar(kode: "X", value: value.map(decimal), valueText: "", category: "", colourStep: 0)
    }

    @Test func axisAndBars() throws {
        let chart = BarChart(bars: [bar("98.13"), bar("166.67"), bar(nil)], scale: .permendagri86)
        #expect(chart.axisMax == 175)
        let rows = try #require(chart.context["batang"] as? [[String: Any]])
        // 98,13 / 175 × 312 = 174,95…; 166,67 / 175 × 312 = 297,15 (printed to one decimal: 297.1)
        #expect(rows.map { $0["lebar"] as? String } == ["175.0", "297.1", "0.0"])
        #expect(rows.map { $0["ada_nilai"] as? Bool } == [true, true, false])
        let bands = try #require(chart.context["pita"] as? [[String: Any]])
        // Sangat Tinggi starts at 91: 62 + 91 / 175 × 312 = 224,24
        #expect(bands.count == 5 && bands[0]["x"] as? String == "224.2")
    }

    @Test func longBarsAreCutAndMarked() throws {
        let chart = BarChart(bars: [bar("350"), bar("-20")], scale: .permendagri86)
        #expect(chart.axisMax == 200)
        let rows = try #require(chart.context["batang"] as? [[String: Any]])
        #expect(rows.map { $0["lebar"] as? String } == ["312.0", "0.0"])
        #expect(rows.map { $0["terpotong"] as? Bool } == [true, false])
    }
}
