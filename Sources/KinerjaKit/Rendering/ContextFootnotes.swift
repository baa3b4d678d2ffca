/// The `[String: Any]` path's footnotes, numbered as the view renderer numbers them (`FootnoteNumbering`):
/// where the document first prints each marker, its lists holding the notes printed in that order. Used
/// when a template is rendered from the context (one swift-mustache renders, or one the view renderer
/// cannot resolve), so such a template numbers its notes as any other.
///
/// The context's marked values hold placeholders (`Footnotes`). Rendered once with empty lists, the
/// document shows where each placeholder is first printed; rendered again with the lists in that order,
/// its placeholders become the markers.
enum ContextFootnotes {
    /// Template `name` of `templates` rendered from `context`, the context of a view whose notes are
    /// `notes`; nil when the template failed to load.
    static func render(
        _ name: String, _ context: [String: Any], notes: FootnoteList?, templates: TemplateSet
    ) -> String? {
        guard let notes, !notes.rules.isEmpty || !notes.reasons.isEmpty else {
            guard let text = templates.render(name, context) else { return nil }
            var numbering = FootnoteNumbering()
            return numbering.print(text)
        }
        var draft = context
        (draft["rumus_dipakai"], draft["catatan_kaki"]) = ([[String: Any]](), [[String: Any]]())
        guard let first = templates.render(name, draft) else { return nil }
        var numbering = FootnoteNumbering()
        _ = numbering.print(first)
        var numbered = context
        numbered["rumus_dipakai"] = notes.contexts(.rule, numbering.listing(.rule))
        numbered["catatan_kaki"] = notes.contexts(.reason, numbering.listing(.reason))
        numbered["ada_catatan_kaki"] = numbering.anyPrinted()
        guard let text = templates.render(name, numbered) else { return nil }
        var final = FootnoteNumbering.seeded(numbering)
        return final.print(text)
    }
}
