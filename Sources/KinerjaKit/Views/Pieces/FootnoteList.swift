/// The footnotes of a document (`rumus_dipakai`, `catatan_kaki`, `ada_catatan_kaki`), taken once every
/// value of the document is formatted (`Footnotes`). The view renderer lists the notes the document
/// prints, in the order it prints them (`FootnoteNumbering`); the `[String: Any]` context lists every note
/// in build order, which `ContextFootnotes` replaces with the notes printed when it renders a document.
struct FootnoteList: TemplateView {
    /// The notes' texts by build index.
    let rules: [String], reasons: [String]

    static let fields: [ViewField<Self>] = [
        notes("rumus_dipakai", "the formulas that occur, in the order the document first prints them", .rule),
        notes(
            "catatan_kaki", "the reasons for absent or adjusted values, in the order the document first prints them",
            .reason),
        ViewField(
            name: "ada_catatan_kaki", description: "true when either list has an item", shape: .flag, kind: .flag,
            read: { .footnotesPrinted($0) }
        ) { list, values in
            values["ada_catatan_kaki"] = !list.rules.isEmpty || !list.reasons.isEmpty
        },
    ]

    init(_ notes: Footnotes) {
        rules = notes.rules.map(\.text)
        reasons = notes.reasons.map(\.text)
    }

    /// The items of `series` for the notes at `indices` (build indices in print order), each numbered by its
    /// place there. An index this document has no note for is skipped, keeping the others' numbers: only a
    /// text that came with a private-use character of `Footnotes`' ranges in it (no keyboard types one) makes
    /// such an index, and it must neither stop the run nor renumber the notes.
    func items(_ series: Footnotes.Series, _ indices: [Int]) -> [ViewBox] {
        switch series {
        case .rule:
            indices.enumerated().compactMap { place, index in
                index < rules.count ? Rule(index: place, text: rules[index]).boxed : nil
            }
        case .reason:
            indices.enumerated().compactMap { place, index in
                index < reasons.count ? Reason(index: place, text: reasons[index]).boxed : nil
            }
        }
    }

    /// A list field of `series`: read as the notes printed so far, put as every note in build order.
    private static func notes(_ name: String, _ description: String, _ series: Footnotes.Series) -> ViewField<Self> {
        let item: any TemplateView.Type = series == .rule ? Rule.self : Reason.self
        return ViewField(
            name: name, description: description, shape: .list(item), kind: .list(item),
            read: { .footnotes($0, series) }
        ) { list, values in
            values[name] = list.contexts(series, Array((series == .rule ? list.rules : list.reasons).indices))
        }
    }

    /// `items(series, indices)` as the context holds a list: one dictionary per item.
    func contexts(_ series: Footnotes.Series, _ indices: [Int]) -> [[String: Any]] {
        let items = items(series, indices)
        return items.map { $0.context() }
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
