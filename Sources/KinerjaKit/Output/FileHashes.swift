import Foundation

/// The manifest entries (path, SHA-256, size) of one agency's outputs, each file hashed once: a run makes the
/// manifest twice (for the ringkasan's QR code, then in full) and the ringkasan lists the full reports' hashes,
/// so without it every full report was hashed three times.
struct FileHashes {
    private var known: [String: Manifest.Entry] = [:]

    /// The entry of each file; a name seen before keeps its first entry (an agency's output of a name is
    /// rendered once, so it always holds the same bytes).
    mutating func entries(_ files: [OutputFile]) -> [Manifest.Entry] {
        files.map { file in
            if let entry = known[file.name] { return entry }
            let entry = Manifest.entry(file.name, file.data)
            known[file.name] = entry
            return entry
        }
    }
}
