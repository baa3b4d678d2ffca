import CCmark

/// Markdown (CommonMark) to HTML through libcmark. The only file that touches C.
enum Markdown {
    /// Renders `markdown` to an HTML fragment in cmark's default (safe) mode: raw HTML becomes
    /// `<!-- raw HTML omitted -->` and `javascript:` links are emptied (cmark ≥ 0.29; `CMARK_OPT_UNSAFE`
    /// is never passed). Planners' narrative goes through here.
    ///
    ///     Markdown.html("**Capaian** naik") → "<p><strong>Capaian</strong> naik</p>\n"
    static func html(_ markdown: String) -> String {
        html(markdown, memory: cmark_get_default_mem_allocator())
    }

    /// The same through the allocator `memory` (tests pass one that counts, to prove nothing is kept).
    static func html(_ markdown: String, memory: UnsafeMutablePointer<cmark_mem>) -> String {
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory) else { return "" }
        defer { cmark_parser_free(parser) }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer {
            cmark_parser_feed(parser, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count)
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let buffer = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        // The result comes from the document's allocator: copy it, then give it back there.
        defer { memory.pointee.free(buffer) }
        return String(cString: buffer)
    }

    /// The linked libcmark's version, `0.30.2`.
    static var cmarkVersion: String { String(cString: cmark_version_string()) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
