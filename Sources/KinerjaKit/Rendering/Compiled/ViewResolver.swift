/// Resolves a compiled template's names once against the view type of each level of the context stack
/// (`ViewTable`): which level may have a name and which field it is there, so that `ViewRenderer` reads
/// the typed view by index, from the flat program it makes of them (`ResolvedProgram`). The lookup rules are `ContextValue.find`'s, and what a section does with a
/// value is `ContextValue.sectionUse`'s, for the shapes a view's fields have (`FieldKind`).
///
/// What cannot be resolved statically makes it stop (`Refusal`), and that template is rendered from the
/// `[String: Any]` context as before (still exact): a variable printing anything but a text or a flag (a
/// piece, a list: swift-mustache prints its description, in the dictionary's order), `.` anywhere but as a text, a section whose
/// possible values would push different kinds of level, a name two fields of one view give, nesting
/// deeper than `deepest` or a template larger than `largest` nodes (or `largestText` bytes) once its
/// partials are put in place.
struct ViewResolver {
    struct Refusal: Error {}

    /// A level of the context stack as the resolver knows it.
    enum Frame {
        case view(ViewTable)
        /// An optional piece (`ada`, and its names when it is there).
        case optional(ViewTable)
        case labels
        /// A text entered by a section: no names.
        case text
        /// An empty list entered by an inverted section: no names.
        case list
    }

    /// What a name's value is, for the resolver.
    enum Kind {
        case text, flag, labels, nothing
        case piece(ViewTable), optionalPiece(ViewTable), pieceOrFalse(ViewTable), list(ViewTable)

        init(_ kind: FieldKind) {
            switch kind {
            case .text, .optionalText: self = .text
            case .flag: self = .flag
            case .labels: self = .labels
            case .piece(let type): self = .piece(ViewTable.of(type))
            case .optionalPiece(let type): self = .optionalPiece(ViewTable.of(type))
            case .pieceOrFalse(let type): self = .pieceOrFalse(ViewTable.of(type))
            case .list(let type): self = .list(ViewTable.of(type))
            }
        }
    }

    /// Far below CompiledRenderer.deepestRender, which therefore never stops a resolved template.
    static let deepest = 100
    static let largest = 100_000
    /// The most bytes of text and indentation a program holds, a partial's text once per inclusion.
    static let largestText = 1 << 26

    private let templates: [String: CompiledTemplate]
    private var partials: [String] = []
    private var size = 0
    /// The program as it is made (`ResolvedProgram`).
    private var ops: [ResolvedOp] = []
    private var bytes: [UInt8] = []
    private var candidates: [ResolvedCandidate] = []
    private var steps: [ViewStep] = []
    private var labelKeys: [String] = []
    private var labelIndices: [String: Int] = [:]

    /// Template `name` resolved for a view of `root`; nil when it cannot be (or there is no such template).
    static func resolve(
        _ name: String, root: any TemplateView.Type, templates: [String: CompiledTemplate]
    ) -> ResolvedProgram? {
        guard let template = templates[name] else { return nil }
        var resolver = ViewResolver(templates: templates)
        guard (try? resolver.resolve(template.nodes, [.view(ViewTable.of(root))], depth: 1, indentation: [])) != nil
        else { return nil }
        return ResolvedProgram(
            ops: resolver.ops, bytes: resolver.bytes, candidates: resolver.candidates, steps: resolver.steps,
            labelKeys: resolver.labelKeys)
    }

    private init(templates: [String: CompiledTemplate]) { self.templates = templates }

    /// Appends `nodes`' ops, rendered in `stack` with `indentation` (a partial's, with its enclosing ones).
    private mutating func resolve(
        _ nodes: [CompiledNode], _ stack: [Frame], depth: Int, indentation: [UInt8]
    ) throws(Refusal) {
        guard depth <= Self.deepest else { throw Refusal() }
        size += nodes.count
        guard size <= Self.largest else { throw Refusal() }
        ops.reserveCapacity(ops.count + nodes.count)
        for node in nodes {
            switch node {
            case .text(let text):
                ops.append(.text(try add(text)))
            case .contentType(let type):
                ops.append(.contentType(type))
            case .variable(let name, let escaped):
                let (lookup, kinds, _) = try lookup(name, in: stack)
                for kind in kinds {
                    switch kind {
                    case .text, .flag, .nothing: continue
                    default: throw Refusal()
                    }
                }
                ops.append(.variable(lookup, escaped: escaped))
            case .section(let name, let inner):
                guard !name.parts.isEmpty else { throw Refusal() }
                let (lookup, kinds, _) = try lookup(name, in: stack)
                // What the values it may find push: all the same, or none of them pushes (true/false).
                var pushed: Frame?, keeps = false
                for kind in kinds {
                    switch kind {
                    case .nothing: continue
                    case .flag: keeps = true
                    case .text: pushed = try Self.same(pushed, .text)
                    case .labels: pushed = try Self.same(pushed, .labels)
                    case .piece(let table), .pieceOrFalse(let table), .list(let table):
                        pushed = try Self.same(pushed, .view(table))
                    case .optionalPiece(let table): pushed = try Self.same(pushed, .optional(table))
                    }
                }
                if keeps, pushed != nil { throw Refusal() }
                let at = ops.count
                ops.append(.section(lookup, end: at))
                if keeps || pushed != nil {
                    try resolve(inner, stack + (pushed.map { [$0] } ?? []), depth: depth + 1, indentation: indentation)
                }
                ops[at] = .section(lookup, end: ops.count)
            case .invertedSection(let name, let inner):
                guard !name.parts.isEmpty else { throw Refusal() }
                let (lookup, kinds, alwaysFound) = try lookup(name, in: stack)
                // It renders in the level it is in for a name not found, false or nil; it enters an empty list.
                var inPlace = !alwaysFound, entersList = false
                for kind in kinds {
                    switch kind {
                    case .flag, .pieceOrFalse, .nothing: inPlace = true
                    case .list: entersList = true
                    case .text, .labels, .piece, .optionalPiece: continue
                    }
                }
                if inPlace, entersList { throw Refusal() }
                let at = ops.count
                ops.append(.invertedSection(lookup, end: at))
                try resolve(inner, entersList ? stack + [.list] : stack, depth: depth + 1, indentation: indentation)
                ops[at] = .invertedSection(lookup, end: ops.count)
            case .partial(let name, let own):
                // A missing partial, or one already being rendered, renders as nothing (CompiledRenderer).
                guard let template = templates[name], !partials.contains(name) else { continue }
                partials.append(name)
                let inner = own.map { indentation + $0 } ?? indentation
                let at = ops.count, range = try add(inner)
                ops.append(.partial(indentation: range, end: at))
                try resolve(template.nodes, stack, depth: depth + 1, indentation: inner)
                ops[at] = .partial(indentation: range, end: ops.count)
                partials.removeLast()
            }
        }
    }

    /// Appends `text` to the program's bytes; where it is.
    private mutating func add(_ text: [UInt8]) throws(Refusal) -> Range<Int> {
        guard bytes.count + text.count <= Self.largestText else { throw Refusal() }
        bytes.append(contentsOf: text)
        return bytes.count - text.count..<bytes.count
    }

    private static func same(_ pushed: Frame?, _ frame: Frame) throws(Refusal) -> Frame {
        guard let pushed else { return frame }
        switch (pushed, frame) {
        case (.text, .text), (.labels, .labels): return frame
        case (.view(let a), .view(let b)) where a === b: return frame
        case (.optional(let a), .optional(let b)) where a === b: return frame
        default: throw Refusal()
        }
    }

    /// The candidates for `name` in `stack` (appended to the program's), the kind of what each gives, and
    /// whether the last is sure to be found (then the name is never looked for further out).
    private mutating func lookup(
        _ name: CompiledName, in stack: [Frame]
    ) throws(Refusal) -> (ResolvedLookup, [Kind], alwaysFound: Bool) {
        let top = stack.count - 1, start = candidates.count
        guard let firstPart = name.parts.first else {
            guard case .text = stack[top] else { throw Refusal() }
            candidates.append(.init(level: top, first: .current, rest: steps.count..<steps.count))
            return (ResolvedLookup(candidates: start..<candidates.count), [.text], true)
        }
        var kinds: [Kind] = []
        for level in stride(from: top, through: name.isLocal ? top : 0, by: -1) {
            guard let (first, found, sure) = try step(firstPart, in: stack[level]) else { continue }
            var kind = found
            let rest = steps.count
            for part in name.parts.dropFirst() {
                let (step, next) = try descend(part, into: kind)
                steps.append(step)
                kind = next
                if case .nothing = next { break }
            }
            candidates.append(.init(level: level, first: first, rest: rest..<steps.count))
            kinds.append(kind)
            if sure { return (ResolvedLookup(candidates: start..<candidates.count), kinds, true) }
        }
        return (ResolvedLookup(candidates: start..<candidates.count), kinds, false)
    }

    /// The index of label key `key` in the program's.
    private mutating func label(_ key: String) -> Int {
        if let index = labelIndices[key] { return index }
        labelKeys.append(key)
        labelIndices[key] = labelKeys.count - 1
        return labelKeys.count - 1
    }

    /// The first part in one level: the step, its kind, and whether that level always has it.
    private mutating func step(_ part: String, in frame: Frame) throws(Refusal) -> (ViewStep, Kind, Bool)? {
        switch frame {
        case .view(let table):
            guard let index = try Self.field(part, table) else { return nil }
            if case .optionalText = table.kinds[index] { return (.field(TableReference(table), index), .text, false) }
            return (.field(TableReference(table), index), Kind(table.kinds[index]), true)
        case .optional(let table):
            if part == "ada" { return (.ada, .flag, true) }
            guard let index = try Self.field(part, table) else { return nil }
            return (.field(TableReference(table), index), Kind(table.kinds[index]), false)
        case .labels: return (.label(label(part)), .text, false)
        case .text, .list: return nil
        }
    }

    /// A further part, inside what the name found so far.
    private mutating func descend(_ part: String, into kind: Kind) throws(Refusal) -> (ViewStep, Kind) {
        switch kind {
        case .optionalPiece where part == "ada": return (.ada, .flag)
        case .piece(let table), .pieceOrFalse(let table), .optionalPiece(let table):
            guard let index = try Self.field(part, table) else { return (.nothing, .nothing) }
            return (.field(TableReference(table), index), Kind(table.kinds[index]))
        case .labels: return (.label(label(part)), .text)
        case .text, .flag, .list, .nothing: return (.nothing, .nothing)
        }
    }

    private static func field(_ name: String, _ table: ViewTable) throws(Refusal) -> Int? {
        guard let index = table.indices[name] else { return nil }
        guard index != ViewTable.repeated else { throw Refusal() }
        return index
    }
}
