import Foundation

/// Renders resolved templates (`ViewResolver`) from a typed view, reading its fields by index: the bytes
/// `CompiledRenderer` renders from the view's `[String: Any]` context (and so swift-mustache's), without
/// building that context. The escaping and the indentation of partials are CompiledRenderer's, step for
/// step; lookups and sections follow ContextValue for the values a view holds (TemplateParityTests and
/// CompiledPropertyTests compare the two). Footnote markers are numbered as they are printed
/// (`numbering`); the context path does the same in two renderings (`ContextFootnotes`).
struct ViewRenderer: IndentingRenderer {
    /// A level of the context stack. Its payloads are references and plain values (`FieldValue`), so that
    /// matching one in a lookup copies no existential. A view's box is unretained: the `enter` that pushed
    /// it holds it (`root`, the first), so that reading a frame in a lookup retains and releases nothing
    /// (each `find` did: some 3 M of the 387 M instructions of a five-agency run; issue 22).
    enum Frame {
        case view(Unmanaged<ViewBox>)
        case optional(Unmanaged<ViewBox>?)
        case labels([String: String])
        case text(String)
        case list
    }

    var output: [UInt8] = []
    private(set) var numbering: FootnoteNumbering
    private var stack: [Frame]
    /// The view the first frame reads.
    private let root: ViewBox

    init(view: any TemplateView, capacity: Int, numbering: FootnoteNumbering = FootnoteNumbering()) {
        self.numbering = numbering
        root = view.boxed
        stack = [.view(.passUnretained(root))]
        stack.reserveCapacity(16)
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [ResolvedNode], escaping initial: ValueEscaping, indentation: [UInt8]) {
        var escaping = initial
        guard !indentation.isEmpty else {
            // What `indenting` does without indentation, without a closure call per node.
            for index in nodes.indices { render(nodes[index], escaping: &escaping, indentation: indentation) }
            return
        }
        indenting(nodes, indentation: indentation) { $0.render($1, escaping: &escaping, indentation: indentation) }
    }

    private mutating func render(_ node: ResolvedNode, escaping: inout ValueEscaping, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let lookup, let escaped):
            switch find(lookup) {
            case .text(let text):
                // `numbering.print` returns a text without a placeholder's lead byte as it is.
                let text = Self.mayHoldPlaceholder(text) ? numbering.print(text) : text
                append(escaped ? escaping.escape(text) : text)
            case .flag(let flag): append(flag ? "true" : "false")
            case .footnotesPrinted: append(numbering.anyPrinted() ? "true" : "false")
            default: return
            }
        case .section(let lookup, let nodes):
            switch find(lookup) {
            case .absent: break
            case .text(let text): enter(.text(text), nodes, escaping, indentation)
            case .flag(let flag): if flag { render(nodes, escaping: escaping, indentation: indentation) }
            case .labels(let labels): enter(.labels(labels), nodes, escaping, indentation)
            case .piece(let piece): enter(piece, nodes, escaping, indentation)
            case .optionalPiece(let piece): enter(optional: piece, nodes, escaping, indentation)
            case .pieceOrFalse(let piece): if let piece { enter(piece, nodes, escaping, indentation) }
            case .list(let items):
                for item in items { enter(item, nodes, escaping, indentation) }
            case .footnotes(let list, let series):
                for item in list.items(series, numbering.listing(series)) { enter(item, nodes, escaping, indentation) }
            case .footnotesPrinted:
                if numbering.anyPrinted() { render(nodes, escaping: escaping, indentation: indentation) }
            }
        case .invertedSection(let lookup, let nodes):
            switch find(lookup) {
            case .absent, .flag(false), .pieceOrFalse(.none):
                render(nodes, escaping: escaping, indentation: indentation)
            case .list(let items): if items.isEmpty { enter(.list, nodes, escaping, indentation) }
            case .footnotes(_, let series):
                if numbering.listing(series).isEmpty { enter(.list, nodes, escaping, indentation) }
            case .footnotesPrinted:
                if !numbering.anyPrinted() { render(nodes, escaping: escaping, indentation: indentation) }
            default: break
            }
        case .partial(let nodes, let own):
            // `indentation + own`, without making a new array when there is no outer indentation.
            let inner = own.map { indentation.isEmpty ? $0 : indentation + $0 } ?? indentation
            render(nodes, escaping: .referenceHTML, indentation: inner)
        case .contentType(let type):
            escaping = type
        }
    }

    /// Appends `text`'s UTF-8 bytes, copied from its contiguous storage when it has one.
    private mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { output.append(contentsOf: $0) }
        if copied == nil { output.append(contentsOf: text.utf8) }
    }

    /// Whether `text` holds the lead byte of a footnote placeholder (`Footnotes.mayHoldPlaceholder`, which
    /// `numbering.print` asks first), read in place.
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(start, 0xF3, bytes.count) != nil
        } ?? true
    }

    /// Renders `nodes` over `view`, held for as long as its unretained frame is on the stack.
    private mutating func enter(
        _ view: ViewBox, _ nodes: [ResolvedNode], _ escaping: ValueEscaping, _ indentation: [UInt8]
    ) {
        withExtendedLifetime(view) { enter(.view(.passUnretained(view)), nodes, escaping, indentation) }
    }

    /// Renders `nodes` over an optional piece (`ada`), held as `enter(_:)` holds a view.
    private mutating func enter(
        optional view: ViewBox?, _ nodes: [ResolvedNode], _ escaping: ValueEscaping, _ indentation: [UInt8]
    ) {
        withExtendedLifetime(view) {
            enter(.optional(view.map(Unmanaged.passUnretained)), nodes, escaping, indentation)
        }
    }

    private mutating func enter(
        _ frame: Frame, _ nodes: [ResolvedNode], _ escaping: ValueEscaping, _ indentation: [UInt8]
    ) {
        stack.append(frame)
        render(nodes, escaping: escaping, indentation: indentation)
        stack.removeLast()
    }

    /// The value a name finds (`ContextValue.find`); `.absent` when it finds none. The candidates are
    /// read in place, through their buffer: copied out, the array and each candidate's `rest` were
    /// retained and released at every lookup.
    private func find(_ lookup: ResolvedLookup) -> FieldValue {
        lookup.candidates.withUnsafeBufferPointer { candidates in
            for index in candidates.indices {
                var value = Self.first(candidates[index].first, in: stack[candidates[index].level])
                if case .absent = value { continue }
                // Most names are one step: no loop over an empty `rest`.
                if candidates[index].rest.isEmpty { return value }
                for step in candidates[index].rest {
                    value = Self.apply(step, to: value)
                    if case .absent = value { return .absent }
                }
                return value
            }
            return .absent
        }
    }

    private static func first(_ step: ViewStep, in frame: Frame) -> FieldValue {
        switch step {
        case .field(let table, let index):
            switch frame {
            case .view(let view): return view._withUnsafeGuaranteedRef { $0.read(index, in: table.table) }
            case .optional(let view):
                return view?._withUnsafeGuaranteedRef { $0.read(index, in: table.table) } ?? .absent
            default: return .absent
            }
        case .ada:
            guard case .optional(let view) = frame else { return .absent }
            return .flag(view != nil)
        case .label(let key):
            guard case .labels(let labels) = frame else { return .absent }
            return labels[key].map(FieldValue.text) ?? .absent
        case .current:
            guard case .text(let text) = frame else { return .absent }
            return .text(text)
        case .nothing:
            return .absent
        }
    }

    private static func apply(_ step: ViewStep, to value: FieldValue) -> FieldValue {
        switch step {
        case .field(let table, let index):
            switch value {
            case .piece(let view): return view.read(index, in: table.table)
            case .optionalPiece(let view), .pieceOrFalse(let view): return view?.read(index, in: table.table) ?? .absent
            default: return .absent
            }
        case .ada:
            guard case .optionalPiece(let view) = value else { return .absent }
            return .flag(view != nil)
        case .label(let key):
            guard case .labels(let labels) = value else { return .absent }
            return labels[key].map(FieldValue.text) ?? .absent
        case .current, .nothing:
            return .absent
        }
    }
}
