/// A compiled template with its names resolved against the view types of the context stack
/// (`ViewResolver`), flattened into one program of plain values that `ViewRenderer` walks: the ops in the
/// template's order, a section's or a partial's body right after it, up to its `end`; texts and
/// indentations as ranges of one byte buffer; lookups as ranges of candidates, their further steps as
/// ranges of steps. Nothing in it is a reference or an array, so reading an op, a candidate or a step
/// retains nothing: the tree of indirect enums it replaces retained and released a node and its arrays at
/// every node rendered, on programs shared by the threads rendering at once (swift_retain and
/// swift_release were a quarter of a province's CPU; issue 22). Partials are put in place where they are
/// included (the stack decides what their names are).
final class ResolvedProgram: @unchecked Sendable {
    // @unchecked: the buffers are written once, by init, and the tables the steps name live for the process.
    let ops: UnsafeBufferPointer<ResolvedOp>
    let bytes: UnsafeBufferPointer<UInt8>
    let candidates: UnsafeBufferPointer<ResolvedCandidate>
    let steps: UnsafeBufferPointer<ViewStep>
    /// The keys of the `label` steps.
    let labelKeys: UnsafeBufferPointer<String>

    init(
        ops: [ResolvedOp], bytes: [UInt8], candidates: [ResolvedCandidate], steps: [ViewStep], labelKeys: [String]
    ) {
        self.ops = Self.copy(ops)
        self.bytes = Self.copy(bytes)
        self.candidates = Self.copy(candidates)
        self.steps = Self.copy(steps)
        self.labelKeys = Self.copy(labelKeys)
    }

    deinit {
        Self.free(ops)
        Self.free(bytes)
        Self.free(candidates)
        Self.free(steps)
        Self.free(labelKeys)
    }

    private static func copy<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return UnsafeBufferPointer(buffer)
    }

    private static func free<Element>(_ buffer: UnsafeBufferPointer<Element>) {
        let buffer = UnsafeMutableBufferPointer(mutating: buffer)
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// One op of a `ResolvedProgram`.
enum ResolvedOp {
    /// The bytes `range` of the program's `bytes`.
    case text(Range<Int>)
    case variable(ResolvedLookup, escaped: Bool)
    /// Its body is the ops after it, up to `end`.
    case section(ResolvedLookup, end: Int)
    /// Over a list, it renders only when the list is empty, and enters it (as swift-mustache does).
    case invertedSection(ResolvedLookup, end: Int)
    /// A partial's ops, after it up to `end`, rendered from swift-mustache's HTML escaping with
    /// `indentation` (the bytes of the enclosing partials' indentation and its own; empty: none).
    case partial(indentation: Range<Int>, end: Int)
    case contentType(ValueEscaping)
}

/// Where a name can be found: the candidates (a range of the program's), the levels that may have its
/// first part, innermost first. The first level that has it decides (a level that only may have it — an
/// `optionalText`, an optional piece's names, the labels — is tried at rendering); none: it is not there.
struct ResolvedLookup {
    let candidates: Range<Int>
}

/// One level a name may be found at.
struct ResolvedCandidate {
    /// The index in the context stack, 0 the view itself.
    let level: Int
    let first: ViewStep
    /// The steps of the name's further parts (a range of the program's), into what `first` found (never
    /// outwards again).
    let rest: Range<Int>
}

/// One step of a lookup: a field of a piece, `ada` of an optional piece, a key of the labels (an index of
/// the program's `labelKeys`), the level itself (`.`), or nothing (a part the value cannot have: the name
/// is found, and is nil).
enum ViewStep {
    case field(TableReference, Int)
    case ada
    case label(Int)
    case current
    case nothing
}

/// A view table as a step holds it, without a reference count: `ViewTable.of` keeps every table for the
/// life of the process, so copying a step while rendering retains and releases nothing, nor does reading
/// a field through it (an `unowned(unsafe)` table was retained and released at every read).
struct TableReference {
    private let table: Unmanaged<ViewTable>

    init(_ table: ViewTable) { self.table = .passUnretained(table) }

    /// Field `index` of `view`, whose type's table this is (the resolver makes sure).
    func read(_ index: Int, of view: ViewBox) -> FieldValue {
        table._withUnsafeGuaranteedRef { view.read(index, in: $0) }
    }
}
