/// A template parsed once into `CompiledNode`s, rendered by `CompiledRenderer` to the bytes swift-mustache
/// renders for it (issue 22; TemplateParityTests proves it on every default template with the contexts of
/// the examples and of synthetic agencies, and on random templates).
///
/// It covers what docs/templates.md promises: variables, `{{{…}}}` and `{{&…}}`, sections over lists,
/// true/false and dictionaries, inverted sections, partials (with the indentation of a standalone one),
/// comments, set delimiters and the `CONTENT_TYPE` pragma. A text it does not cover, or that does not
/// parse, gives nil: `TemplateSet` then parses it with swift-mustache, which reports the error, or renders
/// that template (lambdas, transforms such as `count(x)`, inheritance, dynamic partials) itself.
struct CompiledTemplate: Sendable {
    let nodes: [CompiledNode]

    init?(_ text: String) {
        _ = TemplateSet.contentTypes  // the pragma names are the registered ones
        guard GraphemeCheck.isByteReadable(text) else { return nil }
        var parser = CompiledParser(text)
        guard let nodes = try? parser.parse() else { return nil }
        self.nodes = nodes
    }

    /// The partials the template names, anywhere in it.
    var partials: Set<String> {
        var names: Set<String> = []
        func collect(_ nodes: [CompiledNode]) {
            for node in nodes {
                switch node {
                case .partial(let name, _): names.insert(name)
                case .section(_, let inner), .invertedSection(_, let inner): collect(inner)
                default: break
                }
            }
        }
        collect(nodes)
        return names
    }
}

/// Compiled templates by name (without `.mustache`), rendered as a `MustacheLibrary` renders them.
struct CompiledLibrary: Sendable {
    private(set) var templates: [String: CompiledTemplate] = [:]

    mutating func register(_ template: CompiledTemplate, named name: String) { templates[name] = template }

    /// The text template `name` renders for `context`; nil when there is no such template.
    func render(_ context: Any, withTemplate name: String) -> String? {
        renderBytes(context, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    func renderBytes(_ context: Any, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = CompiledRenderer(templates: templates, context: context, capacity: 16_384)
        renderer.render(template.nodes, escaping: .referenceHTML, indentation: [])
        return renderer.output
    }
}
