/// Column name → position in a table's header, the lookup `CSVSource.cell` makes for every cell a loader reads.
///
/// Found without hashing the name: a table has at most a few dozen columns, kept in a small open-addressed table
/// whose slot is picked by the name's length and its first and last bytes, and compared with `==` (which for the
/// same literal is one comparison of its bits). As a `[String: Int]`, hashing the name was 350 instructions a
/// cell, a tenth of loading a workspace (issue 22). ColumnPositionsParityTests compares it with the dictionary.
///
/// Only ASCII names are equal exactly when their bytes are: `"é" == "e\u{301}"`, and the Kelvin sign `"\u{212A}"`
/// is `"K"`. So a name not found in its slots is looked for among all the kept names when it, or one of them, is
/// not ASCII.
struct ColumnPositions {
    private struct Entry {
        var name: String
        /// -1 for an empty slot.
        var position: Int
    }

    /// A power of two, at least twice the number of names.
    private var slots = Array(repeating: Entry(name: "", position: -1), count: 64)
    private var count = 0
    /// Whether a name that is not ASCII is kept (then a name not found in its slots is compared with every one).
    private var keepsOtherThanASCII = false

    init() {}

    subscript(name: String) -> Int? {
        get { index(of: name).map { slots[$0].position } }
        set {
            guard let newValue else { preconditionFailure("a column's position is never removed") }
            if let index = index(of: name) {
                slots[index].position = newValue
                return
            }
            if (count + 1) * 2 > slots.count {
                let old = slots.filter { $0.position >= 0 }
                slots = Array(repeating: Entry(name: "", position: -1), count: slots.count * 2)
                count = 0
                for entry in old { self[entry.name] = entry.position }
            }
            let mask = slots.count - 1
            var slot = Self.slot(name) & mask
            while slots[slot].position >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Entry(name: name, position: newValue)
            count += 1
            if !Self.isASCII(name) { keepsOtherThanASCII = true }
        }
    }

    /// The slot holding a name equal to `name`. Found in its run of slots, or, when not there, among all the kept
    /// names if it or one of them is not ASCII (a name is equal to one of another run only then).
    private func index(of name: String) -> Int? {
        let start = Self.slot(name)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = start & mask
            while slots[slot].position >= 0 {
                if slots[slot].name == name { return slot }
                slot = (slot + 1) & mask
            }
            guard keepsOtherThanASCII || !Self.isASCII(name) else { return nil }
            return slots.indices.first { slots[$0].position >= 0 && slots[$0].name == name }
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

    private static func isASCII(_ name: String) -> Bool { name.utf8.allSatisfy { $0 < 0x80 } }
}
