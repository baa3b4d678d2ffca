import Foundation

/// The names of one view type at its own level, each with its index and shape, from its `fields` (an
/// `inline` piece's names included), made once per type: what a compiled template's names are resolved
/// against (`ViewResolver`), so that rendering reads field `index` of the view (`TemplateView.read`)
/// instead of looking a name up in a `[String: Any]` and casting what it finds.
class ViewTable: @unchecked Sendable {
    // @unchecked: built once under `lock`, never changed after.
    /// Each name's index; a name given twice (the context keeps the last) is in `repeated` instead.
    let indices: [String: Int]
    let kinds: [FieldKind]
    /// Names given by more than one field: the resolver leaves such a template to the `[String: Any]` path.
    let repeated: Set<String>

    fileprivate init(names: [String], kinds: [FieldKind]) {
        var indices: [String: Int] = [:], repeated: Set<String> = []
        for (index, name) in names.enumerated() where indices.updateValue(index, forKey: name) != nil {
            repeated.insert(name)
        }
        (self.indices, self.kinds, self.repeated) = (indices, kinds, repeated)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: ViewTable] = [:]

    /// The table of `type`, made the first time.
    static func of(_ type: any TemplateView.Type) -> ViewTable {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[ObjectIdentifier(type)] { return table }
        func make<View: TemplateView>(_: View.Type) -> ViewTable { TypedViewTable<View>() }
        let table = make(type)
        tables[ObjectIdentifier(type)] = table
        return table
    }
}

/// A `ViewTable` with the readers of its fields.
final class TypedViewTable<View: TemplateView>: ViewTable, @unchecked Sendable {
    let reads: [@Sendable (View) -> FieldValue]

    fileprivate init() {
        // Plain loops: this generic code is not specialised (the type comes from an existential), where
        // key paths such as `map(\.read)` would be made anew at each call.
        var reads: [@Sendable (View) -> FieldValue] = [], names: [String] = [], kinds: [FieldKind] = []
        let fields = View.fields
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
    /// Field `index` of `table`, which is this type's (`ViewTable.of(Self.self)`; the resolver makes sure).
    func read(_ index: Int, in table: ViewTable) -> FieldValue {
        unsafeDowncast(table, to: TypedViewTable<Self>.self).reads[index](self)
    }
}
