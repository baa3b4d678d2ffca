/// The footnotes of a document (`rumus_dipakai`, `catatan_kaki`, `ada_catatan_kaki`), taken once every
/// value of the document is formatted (`Footnotes`).
struct FootnoteList: TemplateView {
    let rules: [Rule], reasons: [Reason]

    static let fields: [ViewField<Self>] = [
        .list("rumus_dipakai", "the formulas that occur, in order of first use", \.rules),
        .list("catatan_kaki", "the reasons for absent or adjusted values, in order of first use", \.reasons),
        .flag("ada_catatan_kaki", "true when either list has an item", { !$0.rules.isEmpty || !$0.reasons.isEmpty }),
    ]

    init(_ notes: Footnotes) {
        rules = notes.rules.enumerated().map { Rule(index: $0.offset, text: $0.element.text) }
        reasons = notes.reasons.enumerated().map { Reason(index: $0.offset, text: $0.element.text) }
    }

    struct Rule: TemplateView {
        let index: Int, text: String
        static let fields: [ViewField<Self>] = [
            .text("huruf", "`a`", { ["a", "b", "c", "d", "e", "f", "g", "h"][$0.index % 8] }),
            .text("penanda", "`ᵃ`", { Footnotes.letter($0.index) }),
            .text("teks", "the formula in words", \.text),
        ]
    }

    struct Reason: TemplateView {
        let index: Int, text: String
        static let fields: [ViewField<Self>] = [
            .text("nomor", "`1`", { "\($0.index + 1)" }),
            .text("penanda", "`¹`", { Footnotes.superscript($0.index + 1) }),
            .text("teks", "the reason", \.text),
        ]
    }
}
