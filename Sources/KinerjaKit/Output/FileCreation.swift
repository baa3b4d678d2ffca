import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a whole file with open/write/close: OutputWriter's temporary files and keygen's key files.
///
/// Not `Data.write(to:)`, which on Linux calls fsync(2) for every file: about a quarter of a millisecond
/// each, a tenth of a run of 500 agencies (BENCHMARKS.md). What fsync would add is only a guarantee against
/// a power cut in the seconds after a run; OutputWriter's rename still means that a reader, or a crash of
/// kinerja itself, never sees a half-written output.
enum FileCreation {
    struct Failure: Error {
        /// True when the file could not be opened (created); false when writing or closing it failed.
        let opening: Bool
        /// The system's reason (strerror), read when the call failed.
        let reason: String
    }

    /// Writes `data` to `path` with `mode` (less the umask).
    /// - Parameter exclusive: fail when the file already exists, instead of replacing its contents.
    static func write(_ data: Data, to path: String, mode: mode_t, exclusive: Bool = false) throws(Failure) {
        // O_NOFOLLOW: a symlink planted at `path` is never written through.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (exclusive ? O_EXCL : O_TRUNC), mode)
        guard descriptor >= 0 else { throw Failure(opening: true, reason: systemReason()) }
        var failure: Failure?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(opening: false, reason: systemReason())
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = Failure(opening: false, reason: systemReason()) }
        if let failure { throw failure }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// write(2), under a name of its own so that no type's `write` can shadow the C library's.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
