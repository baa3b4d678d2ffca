/// A narrative section from narasi/ (`narasi`): the planners' Markdown as written (for the Markdown
/// report) and rendered by cmark in safe mode (for the HTML report).
/// A class, as `IndicatorRow` is: one reference to box at each read of `narasi`.
final class NarrativeSection: TemplateView {
    let present: Bool, file: String, markdown: String, html: String

    static let pieceName: String? = "narasi"
    static let fields: [ViewField<NarrativeSection>] = [
        .flag("ada", "false when the file is missing or empty", \.present),
        .text("berkas", "the file, `narasi/faktor-pendorong.md` (to say which one is missing)", \.file),
        .text("markdown", "the text as written", \.markdown),
        .text("html", "the text rendered by cmark, safe mode", \.html),
    ]

    /// The document's period folder comes first: `TW3/faktor-pendorong.md`, else `faktor-pendorong.md`.
    init(_ file: String, _ c: borrowing ReportContext) {
        let own = c.narrativeFolder.map { $0 + "/" + file }.flatMap { c.narrative[$0] == nil ? nil : $0 }
        let path = own ?? file
        let text = c.narrative[path]?.trimmingWhitespace()
        present = !(text ?? "").isEmpty
        self.file = "narasi/" + path
        markdown = text ?? ""
        html = text.map(Markdown.html) ?? ""
    }
}
