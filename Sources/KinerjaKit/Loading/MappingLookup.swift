import Yams

extension Node.Mapping {
    /// The value under the key written `key`, compared as text. Yams' own `mapping[Node(key)]` compares
    /// nodes, which resolves both tags through its regular expressions on every comparison; that was
    /// most of the time spent reading profil.yaml and sop.yaml (BENCHMARKS.md).
    subscript(text key: String) -> Node? {
        first { $0.key.scalar?.string == key }?.value
    }
}
