/// One template name of a view: the name, a one-line description for docs/templates.md, its shape and
/// how its value is put into the context. Made by the factories below, whose accessor's static type gives
/// the shape: `.text("nama", "the agency's name", \.name)`, `.list("sasaran", "…", \.sasaran)`.
struct ViewField<View>: Sendable {
    let name: String
    let description: String
    let shape: ViewShape
    /// How many names it puts at most: 1, or a piece's count for `inline` (to size the dictionary once).
    var width = 1
    /// The names it gives at its view's level and how the view renderer reads them (`ViewTable`): one,
    /// or a piece's for `inline`. Called once per view type, when a template is resolved.
    let entries: @Sendable () -> [ViewEntry<View>]
    /// Puts the value into a context dictionary, or leaves the name out (`optionalText` when nil).
    let put: @Sendable (View, inout [String: Any]) -> Void

    init(
        name: String, description: String, shape: ViewShape, width: Int = 1, kind: FieldKind,
        read: @escaping @Sendable (View) -> FieldValue, put: @escaping @Sendable (View, inout [String: Any]) -> Void
    ) {
        (self.name, self.description, self.shape, self.width, self.put) = (name, description, shape, width, put)
        entries = { [ViewEntry(name: name, kind: kind, read: read)] }
    }

    init(
        inline shape: ViewShape, width: Int, entries: @escaping @Sendable () -> [ViewEntry<View>],
        put: @escaping @Sendable (View, inout [String: Any]) -> Void
    ) {
        (name, description, self.shape, self.width, self.entries, self.put) = ("", "", shape, width, entries, put)
    }
}

/// What a name holds, for the schema.
enum ViewShape: @unchecked Sendable {
    // @unchecked: the metatypes are immutable.
    case text, flag, labels
    /// A piece: a section over it looks names up in it.
    case object(any TemplateView.Type)
    /// A piece that may be absent: then it is `ada` false and nothing else.
    case optionalObject(any TemplateView.Type)
    /// A list of pieces: a section repeats for each.
    case list(any TemplateView.Type)
    /// A piece's names at this level, not a name of their own.
    case inline(any TemplateView.Type)
}

extension ViewField {
    static func text(_ name: String, _ description: String, _ get: @escaping @Sendable (View) -> String) -> Self {
        Self(name: name, description: description, shape: .text, kind: .text, read: { .text(get($0)) }) {
            view, values in values[name] = get(view)
        }
    }

    /// A text that is left out of the context when nil (so a lookup goes on to the enclosing levels).
    static func optionalText(
        _ name: String, _ description: String, _ get: @escaping @Sendable (View) -> String?
    ) -> Self {
        Self(
            name: name, description: description, shape: .text, kind: .optionalText,
            read: { get($0).map(FieldValue.text) ?? .absent }
        ) { view, values in
            if let text = get(view) { values[name] = text }
        }
    }

    static func flag(_ name: String, _ description: String, _ get: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name: name, description: description, shape: .flag, kind: .flag, read: { .flag(get($0)) }) {
            view, values in values[name] = get(view)
        }
    }

    static func labels(
        _ name: String, _ description: String, _ get: @escaping @Sendable (View) -> [String: String]
    ) -> Self {
        Self(name: name, description: description, shape: .labels, kind: .labels, read: { .labels(get($0)) }) {
            view, values in values[name] = get(view)
        }
    }

    static func object<Piece: TemplateView>(
        _ name: String, _ description: String,
        _ get: @escaping @Sendable (View) -> Piece
    ) -> Self {
        Self(
            name: name, description: description, shape: .object(Piece.self), kind: .piece(Piece.self),
            read: { .piece(TypedViewBox(get($0))) }
        ) { view, values in
            values[name] = get(view).context()
        }
    }

    /// A piece that may be absent: present, its names and `ada` true; absent, `ada` false alone.
    static func optional<Piece: TemplateView>(
        _ name: String, _ description: String,
        _ get: @escaping @Sendable (View) -> Piece?
    ) -> Self {
        Self(
            name: name, description: description, shape: .optionalObject(Piece.self),
            kind: .optionalPiece(Piece.self), read: { .optionalPiece(get($0).map(TypedViewBox.init)) }
        ) { view, values in
            guard let piece = get(view) else {
                values[name] = ["ada": false] as [String: Any]
                return
            }
            var context = piece.context(reserving: 1)
            context["ada"] = true
            values[name] = context
        }
    }

    static func list<Item: TemplateView>(
        _ name: String, _ description: String,
        _ get: @escaping @Sendable (View) -> [Item]
    ) -> Self {
        Self(
            name: name, description: description, shape: .list(Item.self), kind: .list(Item.self),
            read: { .list(get($0).map(TypedViewBox.init)) }
        ) { view, values in
            values[name] = get(view).map { $0.context() }
        }
    }

    /// A piece that may be absent, where it is `false` itself (`contoh`, `Document`'s example warning).
    static func pieceOrFalse<Piece: TemplateView>(
        _ name: String, _ description: String,
        _ get: @escaping @Sendable (View) -> Piece?
    ) -> Self {
        Self(
            name: name, description: description, shape: .object(Piece.self), kind: .pieceOrFalse(Piece.self),
            read: { .pieceOrFalse(get($0).map(TypedViewBox.init)) }
        ) { view, values in
            values[name] = get(view)?.context() ?? false
        }
    }

    /// The names of a piece, at this level: `langkah` items have every name of a step's record.
    static func inline<Piece: TemplateView>(_ get: @escaping @Sendable (View) -> Piece) -> Self {
        Self(
            inline: .inline(Piece.self), width: Piece.width,
            entries: {
                var entries: [ViewEntry<View>] = []
                let fields = Piece.fields
                for index in fields.indices {
                    for entry in fields[index].entries() {
                        let read = entry.read
                        entries.append(ViewEntry(name: entry.name, kind: entry.kind, read: { read(get($0)) }))
                    }
                }
                return entries
            }
        ) { view, values in
            let piece = get(view)
            let fields = Piece.fields
            for index in fields.indices { fields[index].put(piece, &values) }
        }
    }
}
