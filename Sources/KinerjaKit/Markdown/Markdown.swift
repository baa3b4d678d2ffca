import CCmark

/// Markdown (CommonMark) to HTML through libcmark. The only file that touches C.
public enum Markdown {
    /// Renders `markdown` to an HTML fragment in cmark's default (safe) mode: raw HTML becomes
    /// `<!-- raw HTML omitted -->` and `javascript:` links are emptied (cmark ≥ 0.29; `CMARK_OPT_UNSAFE`
    /// is never passed). Planners' narrative goes through here.
    ///
    ///     Markdown.html("**Capaian** naik") → "<p><strong>Capaian</strong> naik</p>\n"
    public static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard let buffer = cmark_markdown_to_html(bytes.map { CChar(bitPattern: $0) }, bytes.count, CMARK_OPT_DEFAULT) else {
            return ""
        }
        // cmark allocates the result with malloc; copy it, then free it (see docs/toolchain notes).
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// The linked libcmark's version, `0.30.2`.
    public static var cmarkVersion: String { String(cString: cmark_version_string()) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
