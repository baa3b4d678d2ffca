#if canImport(Glibc)
    import Glibc
#endif

/// What Foundation's URL calls answer about a path, told from the path's bytes when the answer is sure: each of
/// `standardizedFileURL`, `resolvingSymlinksInPath` and `appendingPathComponent` makes a new URL (parsed and
/// percent-encoded), and the narrative loader asked several of each of every file under `narasi/`, a tenth of
/// loading a workspace (issue 22). PlainPathParityTests holds each answer to Foundation's.
enum PlainPath {
    /// Whether `standardizedFileURL` leaves `path` (a file URL's `path`) as it is: absolute, without an empty, `.`
    /// or `..` component or a trailing slash, and not under `/private/` or `/var/automount/` (which standardizing
    /// strips when the rest of the path exists).
    static func isPlain(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            guard bytes.count > 1, bytes[0] == slash, bytes[bytes.count - 1] != slash else { return false }
            if starts(bytes, with: "/private/") || starts(bytes, with: "/var/automount/") { return false }
            // The length of the current component, and how many of its bytes are dots (-1 once one is not).
            var length = 0, dots = 0
            for byte in bytes.dropFirst() {
                if byte == slash {
                    if length == 0 || (dots == length && dots <= 2) { return false }
                    length = 0
                    dots = 0
                    continue
                }
                length += 1
                if byte == dot, dots == length - 1 { dots += 1 }
            }
            return !(dots == length && dots <= 2)
        }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        bytes.count >= prefix.utf8CodeUnitCount
            && (0..<prefix.utf8CodeUnitCount).allSatisfy { bytes[$0] == prefix.utf8Start[$0] }
    }

    /// Whether `url.pathExtension.lowercased() == "md"`, told from `path` (the url's `path`) when its last
    /// component is ASCII: it ends in `.md` in any case with a byte before that dot, and does not begin with `..`.
    /// Nil when the last component is not ASCII (Foundation's lowercasing is then asked).
    static func isMarkdown(_ path: String) -> Bool? {
        var path = path
        return path.withUTF8 { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") {
                start -= 1
                if bytes[start] >= 0x80 { return nil }
            }
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            guard name.count >= 4, !(name[0] == UInt8(ascii: ".") && name[1] == UInt8(ascii: ".")) else {
                return false
            }
            let end = name.count
            return name[end - 3] == UInt8(ascii: ".") && name[end - 2] | 0x20 == UInt8(ascii: "m")
                && name[end - 1] | 0x20 == UInt8(ascii: "d")
        }
    }

    /// Whether `path` is itself a symbolic link (`URL.isSymbolicLink`), by lstat(2) instead of Foundation's
    /// readlink, which failed for every file that is none (nearly all).
    static func isLink(_ path: String) -> Bool {
        var facts = stat()
        return lstat(path, &facts) == 0 && facts.st_mode & S_IFMT == S_IFLNK
    }
}
