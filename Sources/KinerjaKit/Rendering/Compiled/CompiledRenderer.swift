/// Renders compiled templates into one byte buffer, as swift-mustache renders the same templates: the
/// same context stack, the same escaping (a partial starts with swift-mustache's HTML escaping until its
/// own pragma), and the same indentation of a standalone partial's lines, quirks included: the whitespace
/// goes before a piece that starts a line, so each item of a section after the first, which swift-mustache
/// renders apart and joins without looking at its lines, starts without it.
struct CompiledRenderer: IndentingRenderer {
    /// Deeper than this, rendering stops (a partial including itself; TemplateStructure refuses it in a
    /// user's templates before they are parsed, and the test suite checks the defaults).
    static let deepestRender = 512

    private let templates: [String: CompiledTemplate]
    var output: [UInt8] = []
    /// `output`, in place, as `IndentingRenderer` writes it.
    var written: [UInt8] {
        _read { yield output }
        _modify { yield &output }
    }
    private var stack: [Any]
    private var depth = 0
    /// The partials being rendered, outermost first. A partial already among them renders as nothing: an
    /// include loop TemplateStructure could not see (written after `{{=<% %>=}}`, which its scan does not
    /// follow) ends there instead of overflowing the stack, as in swift-mustache, or running for ever.
    private var partials: [String] = []

    init(templates: [String: CompiledTemplate], context: Any, capacity: Int) {
        self.templates = templates
        stack = [context]
        output.reserveCapacity(capacity)
    }

    /// Renders `nodes` as swift-mustache's `MustacheTemplate.render(context:)` does.
    mutating func render(_ nodes: [CompiledNode], escaping initial: ValueEscaping, indentation: [UInt8]) {
        guard depth < Self.deepestRender else { return }
        depth += 1
        defer { depth -= 1 }
        var escaping = initial
        indenting(nodes, indentation: indentation) { $0.render($1, escaping: &escaping, indentation: indentation) }
    }

    private mutating func render(_ node: CompiledNode, escaping: inout ValueEscaping, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = ContextValue.find(name, in: stack), let text = ContextValue.text(value) else { return }
            output.append(contentsOf: (escaped ? escaping.escape(text) : text).utf8)
        case .section(let name, let nodes):
            guard let value = ContextValue.find(name, in: stack) else { return }
            switch ContextValue.sectionUse(value) {
            case .dictionaries(let items):
                for item in items { enter(item, nodes, escaping, indentation) }
            case .items(let items, _):
                for item in items { enter(item, nodes, escaping, indentation) }
            case .flag(let flag):
                if flag { render(nodes, escaping: escaping, indentation: indentation) }
            case .null:
                break
            case .enter:
                enter(value, nodes, escaping, indentation)
            }
        case .invertedSection(let name, let nodes):
            guard let value = ContextValue.find(name, in: stack) else {
                render(nodes, escaping: escaping, indentation: indentation)
                return
            }
            switch ContextValue.sectionUse(value) {
            case .dictionaries(let items):
                if items.isEmpty { enter(value, nodes, escaping, indentation) }
            case .items(let items, let sequence):
                if items.isEmpty { enter(sequence, nodes, escaping, indentation) }
            case .flag(let flag):
                if !flag { render(nodes, escaping: escaping, indentation: indentation) }
            case .null:
                render(nodes, escaping: escaping, indentation: indentation)
            case .enter:
                break
            }
        case .partial(let name, let own):
            guard let template = templates[name], !partials.contains(name) else { return }
            partials.append(name)
            render(template.nodes, escaping: .referenceHTML, indentation: own.map { indentation + $0 } ?? indentation)
            partials.removeLast()
        case .contentType(let type):
            escaping = type
        }
    }

    /// Renders `nodes` with `value` as the innermost context.
    private mutating func enter(
        _ value: Any, _ nodes: [CompiledNode], _ escaping: ValueEscaping, _ indentation: [UInt8]
    ) {
        stack.append(value)
        render(nodes, escaping: escaping, indentation: indentation)
        stack.removeLast()
    }
}
