/// Column name → position in a table's header, the lookup `CSVSource.cell` makes for every cell a loader reads.
///
/// Found without hashing the name: a table has at most a few dozen columns, kept in a small open-addressed table
/// whose slot is picked by the name's length and its first and last bytes, and compared with `==` (which for the
/// same literal is one comparison of its bits). As a `[String: Int]`, hashing the name was 350 instructions a
/// cell, a tenth of loading a workspace (issue 22). ColumnPositionsParityTests compares it with the dictionary.
struct ColumnPositions {
    private struct Entry {
        var name: String
        /// -1 for an empty slot.
        var position: Int
    }

    /// A power of two, at least twice the number of names.
    private var slots = Array(repeating: Entry(name: "", position: -1), count: 64)
    private var count = 0

    init() {}

    subscript(name: String) -> Int? {
        get {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Self.slot(name) & mask
                while slots[slot].position >= 0 {
                    if slots[slot].name == name { return slots[slot].position }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
        set {
            guard let newValue else { preconditionFailure("a column's position is never removed") }
            if (count + 1) * 2 > slots.count {
                let old = slots.filter { $0.position >= 0 }
                slots = Array(repeating: Entry(name: "", position: -1), count: slots.count * 2)
                count = 0
                for entry in old { self[entry.name] = entry.position }
            }
            let mask = slots.count - 1
            var slot = Self.slot(name) & mask
            while slots[slot].position >= 0, slots[slot].name != name { slot = (slot + 1) & mask }
            if slots[slot].position < 0 { count += 1 }
            slots[slot] = Entry(name: name, position: newValue)
        }
    }

    /// From the name's length and its first and last bytes (`target_tw1` and `target_tw2` differ in the last).
    private static func slot(_ name: String) -> Int {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return 0 }
            return bytes.count &* 7 &+ Int(first) &* 3 &+ Int(last)
        }
    }
}
