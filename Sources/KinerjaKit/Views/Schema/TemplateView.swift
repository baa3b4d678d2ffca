/// A document's view, or a piece of one: the values a template prints, typed, built from the computed
/// `PerformanceReport` alone. Its `fields` are the one place where the template names are declared, each
/// with its description: the context the renderers take, the schema the name check walks and the tables
/// of docs/templates.md all come from them.
protocol TemplateView: Sendable {
    static var fields: [ViewField<Self>] { get }
    /// A piece described once in docs/templates.md and referred to by this word wherever it appears
    /// (`kategori`, `narasi`); nil for a piece listed where it is used.
    static var pieceName: String? { get }
}

extension TemplateView {
    static var pieceName: String? { nil }

    /// The `[String: Any]` tree the renderers read: text as `String`, flags as `Bool`, pieces as
    /// `[String: Any]`, lists as `[[String: Any]]`, the labels as `[String: String]` (`ContextValue`).
    var context: [String: Any] {
        let fields = Self.fields
        var values = [String: Any](minimumCapacity: fields.count)
        for field in fields { field.put(self, &values) }
        return values
    }

    /// Every name of this view and of its pieces, independent of any data.
    static var schema: ViewSchema { ViewSchema(Self.self) }
}
