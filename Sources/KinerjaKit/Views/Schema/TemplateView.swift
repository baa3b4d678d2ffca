/// A document's view, or a piece of one: the values a template prints, typed, built from the computed
/// `PerformanceReport` alone. Its `fields` are the one place where the template names are declared, each
/// with its description: the context the renderers take, the schema the name check walks and the tables
/// of docs/templates.md all come from them.
protocol TemplateView: Sendable {
    static var fields: [ViewField<Self>] { get }
    /// A piece described once in docs/templates.md and referred to by this word wherever it appears
    /// (`kategori`, `narasi`); nil for a piece listed where it is used.
    static var pieceName: String? { get }
    /// Field `index` of `table`, which is this type's (`ViewTable.of(Self.self)`), for the view renderer.
    /// A requirement (with the default below) so that each view type's witness is specialised.
    func read(_ index: Int, in table: ViewTable) -> FieldValue
    /// This type's `ViewTable`, made once by `ViewTable.of`; a requirement for the same reason as `read`.
    static func makeViewTable() -> ViewTable
    /// The document's footnotes, for the `[String: Any]` path (`ContextFootnotes`); nil for a view without.
    var footnoteList: FootnoteList? { get }
}

extension TemplateView {
    static var pieceName: String? { nil }
    var footnoteList: FootnoteList? { nil }

    /// The `[String: Any]` tree the renderers read: text as `String`, flags as `Bool`, pieces as
    /// `[String: Any]`, lists as `[[String: Any]]`, the labels as `[String: String]` (`ContextValue`).
    /// Marked values hold their footnotes' placeholders: render it with `ContextFootnotes`, which numbers
    /// them (or read a text through `Footnotes.inBuildOrder`).
    var context: [String: Any] { context() }

    /// The context with room for `extra` more names (`ViewField.optional` adds `ada`).
    func context(reserving extra: Int = 0) -> [String: Any] {
        let fields = Self.fields
        var values = [String: Any](minimumCapacity: Self.width + extra)
        // By index: a `for field in fields` loop copies each field (and retains its strings and closure).
        for index in fields.indices { fields[index].put(self, &values) }
        return values
    }

    /// How many names the context has at most.
    /// A loop by index: `reduce`, where this code stays generic (`ViewField.inline` of `ReportView`'s
    /// body), made the runtime look up a conformance of the fields' iterator, a scan of every
    /// conformance in the binary, once per view type.
    static var width: Int {
        let fields = Self.fields
        var width = 0
        for index in fields.indices { width += fields[index].width }
        return width
    }

    /// Every name of this view and of its pieces, independent of any data.
    static var schema: ViewSchema { ViewSchema(Self.self) }
}
