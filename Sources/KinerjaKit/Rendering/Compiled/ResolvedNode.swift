/// A compiled template's node with its names resolved against the view types of the context stack
/// (`ViewResolver`): what `ViewRenderer` renders from a typed view. Partials are resolved where they are
/// included (the stack decides what their names are), so their nodes are inside the `partial` node.
indirect enum ResolvedNode: Sendable {
    case text([UInt8])
    case variable(ResolvedLookup, escaped: Bool)
    case section(ResolvedLookup, [ResolvedNode])
    /// Over a list, it renders only when the list is empty, and enters it (as swift-mustache does).
    case invertedSection(ResolvedLookup, [ResolvedNode])
    /// A partial's nodes, rendered from swift-mustache's HTML escaping, with its own indentation.
    case partial([ResolvedNode], indentation: [UInt8]?)
    case contentType(ValueEscaping)
}

/// Where a name can be found: the levels that may have its first part, innermost first, each with the
/// steps into what it found. The first level that has it decides (a level that only may have it — an
/// `optionalText`, an optional piece's names, the labels — is tried at rendering); none: it is not there.
struct ResolvedLookup: @unchecked Sendable {
    // @unchecked: the tables are immutable.
    struct Candidate {
        /// The index in the context stack, 0 the view itself.
        let level: Int
        let first: ViewStep
        /// The steps of the name's further parts, into what `first` found (never outwards again).
        let rest: [ViewStep]
    }

    let candidates: [Candidate]
}

/// One step of a lookup: a field of a piece, `ada` of an optional piece, a key of the labels, the level
/// itself (`.`), or nothing (a part the value cannot have: the name is found, and is nil).
enum ViewStep: @unchecked Sendable {
    // @unchecked: the tables are immutable.
    case field(TableReference, Int)
    case ada
    case label(String)
    case current
    case nothing
}

/// A view table as a step holds it, without a reference count: `ViewTable.of` keeps every table for the
/// life of the process, so copying a step while rendering retains and releases nothing.
struct TableReference {
    unowned(unsafe) let table: ViewTable

    init(_ table: ViewTable) { self.table = table }
}
