import Foundation

/// The names of one view type at its own level, each with its index and shape, from its `fields` (an
/// `inline` piece's names included), made once per type: what a compiled template's names are resolved
/// against (`ViewResolver`), so that rendering reads field `index` of the view (`TemplateView.read`)
/// instead of looking a name up in a `[String: Any]` and casting what it finds.
class ViewTable: @unchecked Sendable {
    // @unchecked: built once, never changed after.
    /// Each name's index, or `repeated` for a name two fields give (the context keeps the last): one
    /// hash of the name per level the resolver asks, where a separate set of repeated names was a second.
    let indices: [String: Int]
    let kinds: [FieldKind]
    /// The index of a name given by more than one field: the resolver leaves such a template to the
    /// `[String: Any]` path.
    static let repeated = -1

    fileprivate init(names: [String], kinds: [FieldKind]) {
        var indices: [String: Int] = [:]
        indices.reserveCapacity(names.count)
        for (index, name) in names.enumerated() where indices.updateValue(index, forKey: name) != nil {
            indices[name] = Self.repeated
        }
        (self.indices, self.kinds) = (indices, kinds)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: ViewTable] = [:]

    /// The table of `type`, made the first time (outside the lock, so that documents rendered at the same
    /// time make theirs at the same time; two threads making the same table keep the first).
    static func of(_ type: any TemplateView.Type) -> ViewTable {
        lock.lock()
        let found = tables[ObjectIdentifier(type)]
        lock.unlock()
        if let found { return found }
        let table = type.makeViewTable()
        lock.lock()
        defer { lock.unlock() }
        if let first = tables[ObjectIdentifier(type)] { return first }
        tables[ObjectIdentifier(type)] = table
        return table
    }
}

/// A `ViewTable` with the readers of its fields (`View.fields`, given by `TemplateView.makeViewTable`).
/// `View` is not constrained to `TemplateView`: the metadata of `ReportViewTable<Body>`, a subclass, names
/// this class as its superclass, and the runtime checks a constrained superclass's requirements by
/// searching every conformance record of the binary for `ReportView<Body>: TemplateView`, once for each
/// `Body` (about 190 000 instructions each, a one-agency run's six documents 1,1 M; BENCHMARKS.md).
class TypedViewTable<View>: ViewTable, @unchecked Sendable {
    let reads: [@Sendable (View) -> FieldValue]

    init(fields: [ViewField<View>]) {
        // Plain loops: where this stays generic (`ReportView<Body>`'s witness), key paths such as
        // `map(\.read)` would be made anew at each call.
        var reads: [@Sendable (View) -> FieldValue] = [], names: [String] = [], kinds: [FieldKind] = []
        for index in fields.indices {
            for entry in fields[index].entries() {
                reads.append(entry.read)
                names.append(entry.name)
                kinds.append(entry.kind)
            }
        }
        self.reads = reads
        super.init(names: names, kinds: kinds)
    }
}

extension TemplateView {
    /// This type's table; a requirement (`TemplateView.makeViewTable`) so that each view type's witness,
    /// and the loop over its fields in `TypedViewTable.init`, is specialised (made from an existential
    /// metatype, the generic loop asked the runtime for the metadata and witness tables of its arrays
    /// and closures at every step: about a twentieth of a one-agency run).
    static func makeViewTable() -> ViewTable { TypedViewTable<Self>(fields: fields) }

    /// Field `index` of `table`, which is this type's (`ViewTable.of(Self.self)`; the resolver makes sure).
    func read(_ index: Int, in table: ViewTable) -> FieldValue {
        unsafeDowncast(table, to: TypedViewTable<Self>.self).reads[index](self)
    }
}

/// `ReportView`'s table, with its body's: the body's names come first (its `inline` field), at the
/// indices they have in the body's own table, so that `ReportView.read` reads them through `body` where
/// it is.
final class ReportViewTable<Body: TemplateView>: TypedViewTable<ReportView<Body>>, @unchecked Sendable {
    let body: ViewTable
    /// How many of the names are the body's.
    let bodyCount: Int

    init() {
        body = ViewTable.of(Body.self)
        bodyCount = body.kinds.count
        super.init(fields: ReportView<Body>.fields)
    }
}
