import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One writer at a time per output folder: two `report` runs writing `Output/disdik/2024-TW3/` at once
/// would leave files of both and a manifest matching neither. The lock is flock(2) on the folder itself
/// (no lock file among the outputs); a second run waits for the first, then decides afresh (usually:
/// unchanged). The system releases it if a run dies.
final class FolderLock {
    private var descriptor: Int32 = -1
    private let folder: URL
    /// The folders this lock created, `folder` first, then the parents that did not exist either.
    private let created: [String]

    /// Creates `folder` if needed and waits for its lock; nil when it cannot be opened (the write then
    /// reports why, as it would have without the lock).
    init?(_ folder: URL) {
        self.folder = folder
        created = Self.makeFolders(folder.standardizedFileURL.path)
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                descriptor = -1
                return nil
            }
        }
    }

    /// Makes the folder at `path` and the parents it lacks with mkdir(2), as
    /// `FileManager.createDirectory(at:withIntermediateDirectories: true)` did (mode 0777 less the umask), and
    /// returns the folders it made, `path` first. Whatever is already at a name (a folder, or anything else, which
    /// `open` then refuses) is left as it is. For a new `disdik/2024-TW3/`: three mkdir calls, where asking
    /// FileManager whether each folder exists and then to create them took four stat calls and two mkdir
    /// (BENCHMARKS.md, eleventh round).
    ///
    /// Example: with `/out` there, `makeFolders("/out/disdik/2024-TW3")` tries `/out/disdik/2024-TW3` (no
    /// parent), makes `/out/disdik`, then `/out/disdik/2024-TW3`, and returns both, the deeper one first.
    static func makeFolders(_ path: String) -> [String] {
        guard path.count > 1 else { return [] }
        if mkdir(path, 0o777) == 0 { return [path] }
        guard errno == ENOENT else { return [] }
        let parents = makeFolders((path as NSString).deletingLastPathComponent)
        return mkdir(path, 0o777) == 0 ? [path] + parents : parents
    }

    /// Releases the lock; the folders this lock created that nothing was written into are removed again
    /// (a run that wrote nothing leaves no `Output/disdik/` behind). rmdir(2) removes only an empty folder,
    /// so one another agency of the run has written into since stays.
    deinit {
        guard descriptor >= 0 else { return }
        for path in created where rmdir(path) != 0 { break }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
