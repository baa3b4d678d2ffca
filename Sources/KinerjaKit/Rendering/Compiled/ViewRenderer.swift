import Foundation

/// Renders a resolved template (`ViewResolver`'s `ResolvedProgram`) from a typed view, reading its fields
/// by index: the bytes `CompiledRenderer` renders from the view's `[String: Any]` context (and so
/// swift-mustache's), without building that context. The escaping and the indentation of partials are
/// CompiledRenderer's, step for step; lookups and sections follow ContextValue for the values a view holds
/// (TemplateParityTests and ViewRendererPropertyTests compare the two). Footnote markers are numbered as
/// they are printed (`numbering`); the context path does the same in two renderings (`ContextFootnotes`).
///
/// Rendering an op retains nothing of the program, nor of the context stack: the program is plain values
/// read through its buffers, and so are the stack's levels.
struct ViewRenderer: IndentingRenderer {
    /// A level of the context stack, a plain value. A view's box is unretained: the `enter` that pushed it
    /// holds it (`root`, the first), so that reading a frame in a lookup retains and releases nothing; so
    /// are the labels and the text a section entered, which `entered` holds.
    enum Frame {
        case view(Unmanaged<ViewBox>)
        case optional(Unmanaged<ViewBox>?)
        /// `enteredLabels[index]`.
        case labels(Int)
        /// `enteredTexts[index]`.
        case text(Int)
        case list
    }

    var written: OutputBytes
    /// The bytes rendered, as an array.
    var output: [UInt8] { written.bytes }
    private(set) var numbering: FootnoteNumbering
    private var stack: [Frame]
    private var enteredLabels: [[String: String]] = []
    private var enteredTexts: [String] = []
    /// The view the first frame reads.
    private let root: ViewBox
    /// Holds the buffers below.
    private let program: ResolvedProgram
    private let ops: UnsafeBufferPointer<ResolvedOp>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let candidates: UnsafeBufferPointer<ResolvedCandidate>
    private let steps: UnsafeBufferPointer<ViewStep>
    private let labelKeys: UnsafeBufferPointer<String>

    init(
        _ program: ResolvedProgram, view: any TemplateView, capacity: Int,
        numbering: FootnoteNumbering = FootnoteNumbering()
    ) {
        self.program = program
        (ops, bytes, candidates) = (program.ops, program.bytes, program.candidates)
        (steps, labelKeys) = (program.steps, program.labelKeys)
        self.numbering = numbering
        root = view.boxed
        stack = [.view(.passUnretained(root))]
        stack.reserveCapacity(16)
        written = OutputBytes(capacity: capacity)
    }

    /// Renders the program, from swift-mustache's HTML escaping (no pragma yet).
    mutating func render() {
        render(0, ops.count, escaping: .referenceHTML, indentation: 0..<0)
    }

    /// Renders ops `start..<end` (a body: each op after the first that starts at `end` of the one before).
    private mutating func render(_ start: Int, _ end: Int, escaping initial: ValueEscaping, indentation: Range<Int>) {
        var escaping = initial, index = start
        guard !indentation.isEmpty else {
            // What `indenting` does without indentation, without a closure call per op.
            while index < end { index = render(at: index, escaping: &escaping, indentation: indentation) }
            return
        }
        let begin = written.count, indent = UnsafeBufferPointer(rebasing: bytes[indentation])
        while index < end {
            indenting(since: begin, indent) {
                index = $0.render(at: index, escaping: &escaping, indentation: indentation)
            }
        }
    }

    /// Renders op `index` (with its body); the index of the op after it.
    private mutating func render(at index: Int, escaping: inout ValueEscaping, indentation: Range<Int>) -> Int {
        switch ops[index] {
        case .text(let range):
            written.appendBytes(UnsafeBufferPointer(rebasing: bytes[range]))
        case .variable(let lookup, let escaped):
            switch find(lookup) {
            case .text(let text):
                // `numbering.print` returns a text without a placeholder's lead byte as it is; the text
                // is not copied (retained) into a variable for either.
                if Self.mayHoldPlaceholder(text) {
                    (escaped ? escaping : .text).append(numbering.print(text), to: &written)
                } else {
                    (escaped ? escaping : .text).append(text, to: &written)
                }
            case .flag(let flag): append(flag ? "true" : "false")
            case .footnotesPrinted: append(numbering.anyPrinted() ? "true" : "false")
            default: break
            }
        case .section(let lookup, let end):
            section(find(lookup), index + 1, end, escaping, indentation)
            return end
        case .invertedSection(let lookup, let end):
            invertedSection(find(lookup), index + 1, end, escaping, indentation)
            return end
        case .partial(let inner, let end):
            render(index + 1, end, escaping: .referenceHTML, indentation: inner)
            return end
        case .contentType(let type):
            escaping = type
        }
        return index + 1
    }

    private mutating func section(
        _ value: FieldValue, _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        switch value {
        case .absent: break
        case .text(let text):
            enteredTexts.append(text)
            enter(.text(enteredTexts.count - 1), start, end, escaping, indentation)
            enteredTexts.removeLast()
        case .flag(let flag): if flag { render(start, end, escaping: escaping, indentation: indentation) }
        case .labels(let labels):
            enteredLabels.append(labels)
            enter(.labels(enteredLabels.count - 1), start, end, escaping, indentation)
            enteredLabels.removeLast()
        case .piece(let piece): enter(piece, start, end, escaping, indentation)
        case .optionalPiece(let piece): enter(optional: piece, start, end, escaping, indentation)
        case .pieceOrFalse(let piece): if let piece { enter(piece, start, end, escaping, indentation) }
        case .list(let items): enter(each: items, start, end, escaping, indentation)
        case .footnotes(let list, let series):
            enter(each: list.items(series, numbering.listing(series)), start, end, escaping, indentation)
        case .footnotesPrinted:
            if numbering.anyPrinted() { render(start, end, escaping: escaping, indentation: indentation) }
        }
    }

    private mutating func invertedSection(
        _ value: FieldValue, _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        switch value {
        case .absent, .flag(false), .pieceOrFalse(.none):
            render(start, end, escaping: escaping, indentation: indentation)
        case .list(let items): if items.isEmpty { enter(.list, start, end, escaping, indentation) }
        case .footnotes(_, let series):
            if numbering.listing(series).isEmpty { enter(.list, start, end, escaping, indentation) }
        case .footnotesPrinted:
            if !numbering.anyPrinted() { render(start, end, escaping: escaping, indentation: indentation) }
        default: break
        }
    }

    /// Appends a flag's text.
    private mutating func append(_ text: StaticString) {
        written.appendBytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether `text` holds the lead byte of a footnote placeholder (`Footnotes.mayHoldPlaceholder`, which
    /// `numbering.print` asks first), read in place.
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(start, 0xF3, bytes.count) != nil
        } ?? true
    }

    /// Renders the body over each of `items`, which the list it came from holds: each is pushed unretained.
    private mutating func enter(
        each items: [ViewBox], _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        items.withUnsafeBufferPointer { items in
            for item in items { enter(.view(.passUnretained(item)), start, end, escaping, indentation) }
        }
    }

    /// Renders the body over `view`, held for as long as its unretained frame is on the stack.
    private mutating func enter(
        _ view: ViewBox, _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        withExtendedLifetime(view) { enter(.view(.passUnretained(view)), start, end, escaping, indentation) }
    }

    /// Renders the body over an optional piece (`ada`), held as `enter(_:)` holds a view.
    private mutating func enter(
        optional view: ViewBox?, _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        withExtendedLifetime(view) {
            enter(.optional(view.map(Unmanaged.passUnretained)), start, end, escaping, indentation)
        }
    }

    private mutating func enter(
        _ frame: Frame, _ start: Int, _ end: Int, _ escaping: ValueEscaping, _ indentation: Range<Int>
    ) {
        stack.append(frame)
        render(start, end, escaping: escaping, indentation: indentation)
        stack.removeLast()
    }

    /// The value a name finds (`ContextValue.find`); `.absent` when it finds none.
    private func find(_ lookup: ResolvedLookup) -> FieldValue {
        for index in lookup.candidates {
            let candidate = candidates[index]
            var value = first(candidate.first, in: stack[candidate.level])
            if case .absent = value { continue }
            // Most names are one step: no loop over an empty `rest`.
            if candidate.rest.isEmpty { return value }
            for step in candidate.rest {
                value = apply(steps[step], to: value)
                if case .absent = value { return .absent }
            }
            return value
        }
        return .absent
    }

    private func first(_ step: ViewStep, in frame: Frame) -> FieldValue {
        switch step {
        case .field(let table, let index):
            switch frame {
            case .view(let view): return view._withUnsafeGuaranteedRef { table.read(index, of: $0) }
            case .optional(let view): return view?._withUnsafeGuaranteedRef { table.read(index, of: $0) } ?? .absent
            default: return .absent
            }
        case .ada:
            guard case .optional(let view) = frame else { return .absent }
            return .flag(view != nil)
        case .label(let key):
            guard case .labels(let labels) = frame else { return .absent }
            return enteredLabels[labels][labelKeys[key]].map(FieldValue.text) ?? .absent
        case .current:
            guard case .text(let text) = frame else { return .absent }
            return .text(enteredTexts[text])
        case .nothing:
            return .absent
        }
    }

    private func apply(_ step: ViewStep, to value: FieldValue) -> FieldValue {
        switch step {
        case .field(let table, let index):
            switch value {
            case .piece(let view): return table.read(index, of: view)
            case .optionalPiece(let view), .pieceOrFalse(let view):
                return view.map { table.read(index, of: $0) } ?? .absent
            default: return .absent
            }
        case .ada:
            guard case .optionalPiece(let view) = value else { return .absent }
            return .flag(view != nil)
        case .label(let key):
            guard case .labels(let labels) = value else { return .absent }
            return labels[labelKeys[key]].map(FieldValue.text) ?? .absent
        case .current, .nothing:
            return .absent
        }
    }
}
