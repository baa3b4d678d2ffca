/// Renders resolved templates (`ViewResolver`) from a typed view, reading its fields by index: the bytes
/// `CompiledRenderer` renders from the view's `[String: Any]` context (and so swift-mustache's), without
/// building that context. The escaping and the indentation of partials are CompiledRenderer's, step for
/// step; lookups and sections follow ContextValue for the values a view holds (TemplateParityTests and
/// CompiledPropertyTests compare the two). Footnote markers are numbered as they are printed
/// (`numbering`); the context path does the same in two renderings (`ContextFootnotes`).
struct ViewRenderer: IndentingRenderer {
    /// A level of the context stack.
    enum Frame {
        case view(any TemplateView)
        case optional((any TemplateView)?)
        case labels([String: String])
        case text(String)
        case list
    }

    var output: [UInt8] = []
    private(set) var numbering: FootnoteNumbering
    private var stack: [Frame]

    init(view: any TemplateView, capacity: Int, numbering: FootnoteNumbering = FootnoteNumbering()) {
        self.numbering = numbering
        stack = [.view(view)]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [ResolvedNode], escaping initial: ValueEscaping, indentation: [UInt8]) {
        var escaping = initial
        indenting(nodes, indentation: indentation) { $0.render($1, escaping: &escaping, indentation: indentation) }
    }

    private mutating func render(_ node: ResolvedNode, escaping: inout ValueEscaping, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let lookup, let escaped):
            switch find(lookup) {
            case .text(let text):
                let text = numbering.print(text)
                output.append(contentsOf: (escaped ? escaping.escape(text) : text).utf8)
            case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .footnotesPrinted: output.append(contentsOf: (numbering.anyPrinted() ? "true" : "false").utf8)
            default: return
            }
        case .section(let lookup, let nodes):
            switch find(lookup) {
            case .absent: break
            case .text(let text): enter(.text(text), nodes, escaping, indentation)
            case .flag(let flag): if flag { render(nodes, escaping: escaping, indentation: indentation) }
            case .labels(let labels): enter(.labels(labels), nodes, escaping, indentation)
            case .piece(let piece): enter(.view(piece), nodes, escaping, indentation)
            case .optionalPiece(let piece): enter(.optional(piece), nodes, escaping, indentation)
            case .pieceOrFalse(let piece): if let piece { enter(.view(piece), nodes, escaping, indentation) }
            case .list(let items):
                for index in 0..<items.count { enter(.view(items.item(index)), nodes, escaping, indentation) }
            case .footnotes(let list, let series):
                let items = list.items(series, numbering.listing(series))
                for index in 0..<items.count { enter(.view(items.item(index)), nodes, escaping, indentation) }
            case .footnotesPrinted:
                if numbering.anyPrinted() { render(nodes, escaping: escaping, indentation: indentation) }
            }
        case .invertedSection(let lookup, let nodes):
            switch find(lookup) {
            case .absent, .flag(false), .pieceOrFalse(.none):
                render(nodes, escaping: escaping, indentation: indentation)
            case .list(let items): if items.count == 0 { enter(.list, nodes, escaping, indentation) }
            case .footnotes(_, let series):
                if numbering.listing(series).isEmpty { enter(.list, nodes, escaping, indentation) }
            case .footnotesPrinted:
                if !numbering.anyPrinted() { render(nodes, escaping: escaping, indentation: indentation) }
            default: break
            }
        case .partial(let nodes, let own):
            render(nodes, escaping: .referenceHTML, indentation: own.map { indentation + $0 } ?? indentation)
        case .contentType(let type):
            escaping = type
        }
    }

    private mutating func enter(
        _ frame: Frame, _ nodes: [ResolvedNode], _ escaping: ValueEscaping, _ indentation: [UInt8]
    ) {
        stack.append(frame)
        render(nodes, escaping: escaping, indentation: indentation)
        stack.removeLast()
    }

    /// The value a name finds (`ContextValue.find`); `.absent` when it finds none.
    private func find(_ lookup: ResolvedLookup) -> FieldValue {
        for candidate in lookup.candidates {
            var value = Self.first(candidate.first, in: stack[candidate.level])
            if case .absent = value { continue }
            for step in candidate.rest {
                value = Self.apply(step, to: value)
                if case .absent = value { return .absent }
            }
            return value
        }
        return .absent
    }

    private static func first(_ step: ViewStep, in frame: Frame) -> FieldValue {
        switch (step, frame) {
        case (.field(let table, let index), .view(let view)): return view.read(index, in: table)
        case (.field(let table, let index), .optional(let view)): return view?.read(index, in: table) ?? .absent
        case (.ada, .optional(let view)): return .flag(view != nil)
        case (.label(let key), .labels(let labels)): return labels[key].map(FieldValue.text) ?? .absent
        case (.current, .text(let text)): return .text(text)
        default: return .absent
        }
    }

    private static func apply(_ step: ViewStep, to value: FieldValue) -> FieldValue {
        switch (step, value) {
        case (.field(let table, let index), .piece(let view)): return view.read(index, in: table)
        case (.field(let table, let index), .optionalPiece(let view)),
            (.field(let table, let index), .pieceOrFalse(let view)):
            return view?.read(index, in: table) ?? .absent
        case (.ada, .optionalPiece(let view)): return .flag(view != nil)
        case (.label(let key), .labels(let labels)): return labels[key].map(FieldValue.text) ?? .absent
        default: return .absent
        }
    }
}
