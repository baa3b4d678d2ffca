/// A view's field as the view renderer reads it, without a `[String: Any]` context: the value with its
/// shape. A piece stays the typed view it is (`any TemplateView`), read by index again (`ViewTable`).
enum FieldValue {
    case text(String)
    /// An `optionalText` that is nil: not in the context, so a lookup goes on to the enclosing levels.
    case absent
    case flag(Bool)
    case labels([String: String])
    case piece(any TemplateView)
    /// `ViewField.optional`: the piece with `ada` true, or `ada` false alone.
    case optionalPiece((any TemplateView)?)
    /// `ViewField.pieceOrFalse`: the piece, or `false` itself.
    case pieceOrFalse((any TemplateView)?)
    case list(any ViewList)
    /// `FootnoteList`'s lists: the notes of a series the document has printed so far (`FootnoteNumbering`).
    case footnotes(FootnoteList, Footnotes.Series)
    /// `ada_catatan_kaki`: whether the document has printed any note so far.
    case footnotesPrinted(FootnoteList)
}

/// A list of typed pieces, read item by item (an `Array` of one view type).
protocol ViewList: Sendable {
    var count: Int { get }
    func item(_ index: Int) -> any TemplateView
}

extension Array: ViewList where Element: TemplateView {
    func item(_ index: Int) -> any TemplateView { self[index] }
}

/// A field's shape as the view renderer resolves names against it (`ViewShape`, with the cases the
/// context treats apart: a nil `optionalText` is absent, `pieceOrFalse` is `false` when nil).
enum FieldKind: @unchecked Sendable {
    // @unchecked: the metatypes are immutable.
    case text, optionalText, flag, labels
    case piece(any TemplateView.Type)
    case optionalPiece(any TemplateView.Type)
    case pieceOrFalse(any TemplateView.Type)
    case list(any TemplateView.Type)
}

/// One name of a view at its own level (an `inline` field gives its piece's names), with how to read it.
struct ViewEntry<View>: Sendable {
    let name: String
    let kind: FieldKind
    let read: @Sendable (View) -> FieldValue
}
