#if canImport(Glibc)
    import Glibc
#endif

/// Small files read with the system's own calls, for the paths that read thousands of them per run (the
/// fingerprints and records of `LastRun`): one open(2), one fstat(2) and read(2) until the end, where
/// Foundation's `contents(atPath:)` costs several times more.
enum RegularFile {
    /// The bytes of the regular file at `path` (a link is not followed); nil when it is not one, holds more
    /// than `limit` bytes (or other than `size` when given), or cannot be read whole.
    static func bytes(at path: String, limit: Int, size expected: Int? = nil) -> [UInt8]? {
        // Not blocking: an entry swapped for a pipe after it was listed is refused by fstat, not waited on.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var facts = stat()
        guard fstat(descriptor, &facts) == 0, facts.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(facts.st_size)
        guard size <= limit, expected == nil || expected == size else { return nil }
        // One byte more than the size: a file that grew since fstat is not taken as whole. Not zeroed first: every
        // byte kept is one read(2) wrote.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count <= size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                count += got
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// The names in the folder at `path` (not `.` and `..`) and what each is by its directory entry; nil when
    /// it cannot be read.
    static func entries(of path: String) -> [(name: String, kind: UInt8)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var found: [(name: String, kind: UInt8)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            found.append((name, entry.pointee.d_type))
        }
        return found
    }
}
