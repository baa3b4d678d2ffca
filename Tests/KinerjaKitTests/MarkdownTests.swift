import CCmark
import Foundation
import Synchronization
import Testing

@testable import KinerjaKit

/// Blocks allocated and not yet freed through the counting allocator (C callbacks cannot capture).
enum CountingAllocator {
    static let live = Counter()
    final class Counter: Sendable {
        private let count = Atomic<Int>(0)
        func add(_ n: Int) { count.add(n, ordering: .relaxed) }
        var value: Int { count.load(ordering: .relaxed) }
    }
}

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

    /// Every block cmark allocates for a conversion (parser, tree, result) is given back: counted through
    /// an allocator of our own, which libcmark takes for the parser and everything made from it.
    @Test func aConversionGivesBackEveryAllocation() {
        let text = String(repeating: "Paragraf dengan *penekanan* dan `kode`.\n\n", count: 50)
        var memory = cmark_mem(
            calloc: { count, size in
                CountingAllocator.live.add(1)
                return calloc(count, size)
            },
            realloc: { block, size in
                if block == nil { CountingAllocator.live.add(1) }
                return realloc(block, size)
            },
            free: { block in
                if block != nil { CountingAllocator.live.add(-1) }
                free(block)
            })
        let html = Markdown.html(text, memory: &memory)
        #expect(html.components(separatedBy: "<p>").count == 51)
        #expect(CountingAllocator.live.value == 0, "blocks cmark allocated and nobody freed")
    }
}
