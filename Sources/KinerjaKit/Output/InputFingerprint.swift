import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One SHA-256 over everything an agency's outputs can depend on: every file and folder of its workspace
/// (names, and the bytes of every file, whether the loader reads it or not), and the run's own parts (the
/// build, the templates, the SOPs, the options; `LastRun.fingerprint`). Two runs with the same fingerprint
/// render the same bytes, so an agency whose fingerprint and outputs are those of its last run need not be
/// loaded again.
///
/// Deliberately coarse: a file added anywhere in the workspace (a backup, Excel's `~$data.xlsx`) changes it,
/// and the agency is then loaded and rendered as before — slower, never wrong. A workspace holding a link
/// (which the loader follows inside the folder) or more than `limits` allow has no fingerprint at all.
package struct InputFingerprint: Equatable {
    /// The SHA-256 over the run's parts and the whole tree.
    let digest: String
    /// Each file's SHA-256, by its path in the workspace (`narasi/ikhtisar.md`), as manifest.json names inputs.
    let files: [String: String]
    /// Each file's bytes as hashed, by the same path, up to `keptBytes` in all (in the order walked; a larger
    /// workspace's other files are hashed again for manifest.json, as before): `entry(_:_:)` takes a hash only for
    /// the very bytes.
    let contents: [String: [UInt8]]

    /// At most this many bytes are kept for `contents` (a workspace's inputs are some 50 kB; a backup workbook
    /// beside them is not held in memory while the agency renders).
    static let keptBytes = 16 << 20

    /// At most this many entries and bytes are hashed; a larger workspace is always loaded.
    static let largestTree = (entries: 4096, bytes: 256 << 20)

    /// The workspace's fingerprint with `parts` (the run's) hashed first; nil when the tree cannot be read
    /// completely, holds a link or something other than files and folders, or is larger than `largestTree`.
    static func of(workspace: URL, parts: [String]) -> InputFingerprint? {
        var hasher = SHA256()
        for part in parts { feed(&hasher, "part \(part.utf8.count)\n\(part)\n") }
        var budget = (entries: largestTree.entries, bytes: largestTree.bytes, kept: keptBytes),
            files: [String: String] = [:], contents: [String: [UInt8]] = [:]
        guard walk(workspace.path, relative: "", into: &hasher, files: &files, contents: &contents, budget: &budget)
        else { return nil }
        return InputFingerprint(digest: Hashing.hex(hasher.finalize()), files: files, contents: contents)
    }

    /// The manifest entry of the input at `path` as the loader read it (`data`), with the SHA-256 taken here
    /// when `data` holds the very bytes hashed then (compared, never assumed: the file may have changed in
    /// between), so that an input is hashed once a run, not for the fingerprint and again for manifest.json.
    /// Nil otherwise, and the caller hashes `data`.
    func entry(_ path: String, _ data: Data) -> Manifest.Entry? {
        guard let sha = files[path], let bytes = contents[path], bytes.count == data.count else { return nil }
        let same = data.withUnsafeBytes { loaded in
            bytes.withUnsafeBytes { hashed in
                loaded.isEmpty || memcmp(loaded.baseAddress!, hashed.baseAddress!, loaded.count) == 0
            }
        }
        return same ? Manifest.Entry(path: path, sha256: sha, size: data.count) : nil
    }

    /// Hashes the folder at `path` (shown as `relative`), its entries sorted by their bytes; false when
    /// anything stops the walk.
    private static func walk(
        _ path: String, relative: String, into hasher: inout SHA256, files: inout [String: String],
        contents: inout [String: [UInt8]], budget: inout (entries: Int, bytes: Int, kept: Int)
    ) -> Bool {
        guard let entries = RegularFile.entries(of: path) else { return false }
        for (name, kind) in entries.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }) {
            budget.entries -= 1
            guard budget.entries >= 0 else { return false }
            let full = path + "/" + name, shown = relative + name
            switch kind == UInt8(DT_UNKNOWN) ? kindByStat(full) : kind {
            case UInt8(DT_DIR):
                feed(&hasher, "folder \(shown.utf8.count)\n\(shown)\n")
                guard
                    walk(
                        full, relative: shown + "/", into: &hasher, files: &files, contents: &contents, budget: &budget)
                else {
                    return false
                }
            case UInt8(DT_REG):
                guard let data = RegularFile.bytes(at: full, limit: budget.bytes) else { return false }
                budget.bytes -= data.count
                let sha = Hashing.hex(SHA256.hash(data: data))
                files[shown] = sha
                if budget.kept >= data.count {
                    contents[shown] = data
                    budget.kept -= data.count
                }
                feed(&hasher, "file \(shown.utf8.count)\n\(shown)\n\(data.count) \(sha)\n")
            default:
                // A link, a pipe, a device: the loader's answer to it is not known here.
                return false
            }
        }
        return true
    }

    /// What the entry at `path` is, by lstat(2), for a file system whose folders do not say.
    private static func kindByStat(_ path: String) -> UInt8 {
        var facts = stat()
        guard lstat(path, &facts) == 0 else { return UInt8(DT_UNKNOWN) }
        switch facts.st_mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFREG: return UInt8(DT_REG)
        default: return UInt8(DT_UNKNOWN)
        }
    }

    /// The text's UTF-8 bytes in place: `Data(text.utf8)` asks the runtime whether `String.UTF8View` is
    /// `ContiguousBytes`, which it answers by searching every conformance record of the binary (BENCHMARKS.md).
    private static func feed(_ hasher: inout SHA256, _ text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
}
