/// Every name a view offers a template, with its shape and the names of its pieces, from the view's
/// `fields` alone: what docs/templates.md lists and what `TemplateNameCheck` resolves tags against.
struct ViewSchema {
    struct Name {
        let name: String
        let description: String
        let kind: Kind
        /// The piece's type, for `object` and `list`.
        let piece: (any TemplateView.Type)?

        /// The names inside a section over this one; nil for text, flags and labels.
        var children: ViewSchema? {
            guard let piece else { return nil }
            var schema = ViewSchema(piece)
            if kind == .optionalObject {
                schema.names.insert(
                    Name(
                        name: "ada", description: "false when there is none; then nothing else is set",
                        kind: .flag, piece: nil), at: 0)
            }
            return schema
        }
    }

    enum Kind { case text, flag, labels, object, optionalObject, list }

    var names: [Name]
    /// The shared piece's word (`kategori`), when the type is one.
    let pieceName: String?

    private init<View: TemplateView>(of type: View.Type) {
        names = View.fields.flatMap { field -> [Name] in
            let name = { (kind: Kind, piece: (any TemplateView.Type)?) in
                [Name(name: field.name, description: field.description, kind: kind, piece: piece)]
            }
            switch field.shape {
            case .text: return name(.text, nil)
            case .flag: return name(.flag, nil)
            case .labels: return name(.labels, nil)
            case .object(let piece): return name(.object, piece)
            case .optionalObject(let piece): return name(.optionalObject, piece)
            case .list(let piece): return name(.list, piece)
            case .inline(let piece): return ViewSchema(piece).names
            }
        }
        pieceName = View.pieceName
    }

    init(_ type: any TemplateView.Type) {
        func open<View: TemplateView>(_ type: View.Type) -> ViewSchema { ViewSchema(of: type) }
        self = open(type)
    }

    subscript(_ name: String) -> Name? { names.first { $0.name == name } }

    /// This schema's names, then `other`'s.
    func adding(_ other: ViewSchema) -> ViewSchema {
        var schema = self
        schema.names += other.names
        return schema
    }
}
