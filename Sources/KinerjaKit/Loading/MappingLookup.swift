import Yams

extension Node.Mapping {
    /// The value under the key written `key`, compared as text. Yams' own `mapping[Node(key)]` compares
    /// nodes, which resolves both tags through its regular expressions on every comparison; that was
    /// most of the time spent reading profil.yaml and sop.yaml (BENCHMARKS.md).
    ///
    /// By index, pair by pair: iterating the mapping (`first(where:)`) makes an array of all its pairs first, a
    /// copy of the mapping for every field asked (issue 22: 20 000 instructions a field of profil.yaml).
    /// MappingLookupParityTests compares it with `first(where:)`.
    subscript(text key: String) -> Node? {
        var index = startIndex
        while index != endIndex {
            let pair = self[index]
            if pair.key.scalar?.string == key { return pair.value }
            index = self.index(after: index)
        }
        return nil
    }
}
