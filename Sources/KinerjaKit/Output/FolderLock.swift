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
    private let created: Bool

    /// Creates `folder` if needed and waits for its lock; nil when it cannot be opened (the write then
    /// reports why, as it would have without the lock).
    init?(_ folder: URL) {
        self.folder = folder
        let manager = FileManager.default
        created = !manager.fileExists(atPath: folder.path)
        if created { try? manager.createDirectory(at: folder, withIntermediateDirectories: true) }
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

    /// Releases the lock; a folder this lock created and nothing was written into is removed again.
    deinit {
        guard descriptor >= 0 else { return }
        if created, (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            rmdir(folder.path)
        }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
