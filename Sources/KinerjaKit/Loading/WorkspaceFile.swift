import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads one file of a workspace, bounded: what is not a regular file (a FIFO, a device) or is larger than any
/// workspace file can be is refused before it is read, so a mistaken export or a hostile file of gigabytes costs
/// neither the memory nor the minutes (a 3 GB anggaran.csv took 20 s and 3 GB before). The tighter limits of
/// each kind of file (a CSV table 16 MB, a narasi file 512 KB, a workbook's part 16 MB) are checked after.
enum WorkspaceFile {
    /// The most any workspace file may hold: 64 MB, four times the largest CSV table kinerja reads.
    static let largest = 64 << 20

    enum Problem: Error, Equatable {
        case unreadable
        case notAFile
        case tooLarge(Int)
    }

    /// The bytes of `url` (a path inside the workspace, already checked by `WorkspaceBoundary`).
    static func read(_ url: URL, limit: Int = largest) -> Result<Data, Problem> {
        read(url, resolved: url.resolvingSymlinksInPath(), limit: limit)
    }

    /// `read(_:limit:)` of `url`, whose links `resolved` has already resolved (`WorkspaceBoundary.resolved`).
    ///
    /// With the system's own calls: lstat(2), then open(2) and read(2). Foundation's `attributesOfItem` read
    /// /etc/passwd and /etc/group (for the owner's names) and listed extended attributes for every file, a
    /// dozen system calls of a workspace's twenty files each.
    static func read(_ url: URL, resolved: URL, limit: Int = largest) -> Result<Data, Problem> {
        read(path: url.path, resolvedPath: resolved.path, limit: limit)
    }

    /// `read(_:resolved:limit:)` of the file at `path`, whose links resolve to `resolvedPath`.
    static func read(path: String, resolvedPath: String, limit: Int = largest) -> Result<Data, Problem> {
        // A link inside the workspace is the file it names (WorkspaceBoundary has checked where it leads);
        // what it is, is asked before it is opened (opening a device or a pipe may wait or do something).
        var facts = stat()
        guard lstat(resolvedPath, &facts) == 0 else { return .failure(.unreadable) }
        guard facts.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile) }
        if Int(facts.st_size) > limit { return .failure(.tooLarge(Int(facts.st_size))) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        // A file that grows while it is read (or reports no size) is still cut at the limit.
        var bytes = Data(count: min(Int(facts.st_size), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { break }
                bytes.count = min(2 * filled, limit + 1)
            }
            let got = bytes.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return .failure(.unreadable) }
            if got == 0 { break }
            filled += got
        }
        bytes.count = filled
        return filled > limit ? .failure(.tooLarge(filled)) : .success(bytes)
    }

    /// What to tell the user about `name` (as the workspace names it), in both languages.
    static func message(_ problem: Problem, _ name: String, limit: Int = largest) -> Message {
        switch problem {
        case .unreadable:
            Message(
                "cannot read \(name); check that it is a readable file",
                id: "\(name) tidak dapat dibaca; pastikan itu berkas yang bisa dibaca")
        case .notAFile:
            Message(
                "\(name) is not a regular file (a folder, a pipe or a device); put the file itself here",
                id: "\(name) bukan berkas biasa (folder, pipe, atau perangkat); letakkan berkasnya sendiri di sini")
        case .tooLarge(let size):
            Message(
                "\(name) holds \(size) bytes, more than the \(limit / (1 << 20)) MB such a file may hold, so it is not the file meant (a table is saved alone, without images or other data)",
                id:
                    "\(name) berisi \(size) bita, lebih dari \(limit / (1 << 20)) MB yang boleh untuk berkas seperti ini, jadi ini bukan berkas yang dimaksud (simpan tabelnya saja, tanpa gambar atau data lain)"
            )
        }
    }
}
