import Testing
@testable import KinerjaKit

/// libcmark is linked and used in its safe default mode.
struct MarkdownTests {
    @Test func rendersCommonMark() {
        #expect(Markdown.html("**Capaian** naik") == "<p><strong>Capaian</strong> naik</p>\n")
        #expect(Markdown.html("- satu\n- dua\n") == "<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\n")
        #expect(Markdown.html("") == "")
    }

    @Test func rawHTMLAndScriptLinksNeverPassThrough() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <b>x</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func manyConversionsDoNotLeakOrCrash() {
        let text = String(repeating: "Paragraf dengan *penekanan* dan `kode`.\n\n", count: 50)
        for _ in 0..<500 { _ = Markdown.html(text) }
        #expect(Markdown.html(text).components(separatedBy: "<p>").count == 51)
    }
}
