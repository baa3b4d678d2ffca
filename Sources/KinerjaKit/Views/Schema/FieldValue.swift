/// A view's field as the view renderer reads it, without a `[String: Any]` context: the value with its
/// shape. A piece stays the typed view it is, boxed (`ViewBox`) and read by index again (`ViewTable`).
///
/// Every payload is a reference or a plain value, never an existential (`any TemplateView`): Swift copies
/// an enum with an existential payload (and a level of the context stack holding one) whenever it is
/// matched (with the steps' retains, some 15 M of the 452 M instructions of a five-agency run; issue 22).
enum FieldValue {
    case text(String)
    /// An `optionalText` that is nil: not in the context, so a lookup goes on to the enclosing levels.
    case absent
    case flag(Bool)
    case labels([String: String])
    case piece(ViewBox)
    /// `ViewField.optional`: the piece with `ada` true, or `ada` false alone.
    case optionalPiece(ViewBox?)
    /// `ViewField.pieceOrFalse`: the piece, or `false` itself.
    case pieceOrFalse(ViewBox?)
    /// The items, boxed as the list is read, where the item type is known (boxed one by one later, from a
    /// generic list type, each looked the box type's metadata up: 600 instructions an item).
    case list([ViewBox])
    /// `FootnoteList`'s lists: the notes of a series the document has printed so far (`FootnoteNumbering`).
    case footnotes(FootnoteList, Footnotes.Series)
    /// `ada_catatan_kaki`: whether the document has printed any note so far.
    case footnotesPrinted(FootnoteList)
}

/// A typed view behind a reference, as the view renderer holds it (`FieldValue`, its context stack): read
/// by index through the view type's own `read` (`TypedViewBox`).
class ViewBox: @unchecked Sendable {
    // @unchecked: the views are immutable values.
    fileprivate init() {}

    /// Field `index` of `table`, which is the boxed view's type's (`ViewTable.of`; the resolver makes sure).
    func read(_ index: Int, in table: ViewTable) -> FieldValue { fatalError("ViewBox is abstract") }

    /// The boxed view's `[String: Any]` context (`TemplateView.context`).
    func context() -> [String: Any] { fatalError("ViewBox is abstract") }
}

/// A `ViewBox` of one view type.
final class TypedViewBox<View: TemplateView>: ViewBox, @unchecked Sendable {
    let view: View

    init(_ view: View) {
        self.view = view
        super.init()
    }

    override func read(_ index: Int, in table: ViewTable) -> FieldValue { view.read(index, in: table) }
    override func context() -> [String: Any] { view.context() }
}

extension TemplateView {
    /// This view boxed for the view renderer.
    var boxed: ViewBox { TypedViewBox(self) }
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
