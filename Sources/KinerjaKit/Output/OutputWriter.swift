import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a run's outputs into their folder. Every file is first written to a temporary name in the
/// same folder; only when all of them are written are they renamed into place (rename(2) replaces a
/// file atomically). A reader never sees a half-written file, and a failure leaves earlier outputs as
/// they were.
enum OutputWriter {
    struct Failure: BilingualError {
        let path: String
        let reason: Message

        /// What a diagnostic about a failed write says before the reason.
        static let cannotWrite = Message("cannot write: ", id: "tidak dapat menulis: ")

        /// `path: error: cannot write: reason` / `path: kesalahan: tidak dapat menulis: reason`.
        var message: Message {
            let diagnostic = Diagnostic(.error, file: path, Self.cannotWrite + reason)
            return Message(diagnostic.text(.en), id: diagnostic.text(.id))
        }

        init(path: String, reason: Message) {
            self.path = path
            self.reason = reason
        }

        /// A failure the system reported (its text is the system's own, in English).
        init(path: String, system: String) {
            self.init(path: path, reason: Message(system, id: system))
        }
    }

    /// Writes files given by path relative to `root` (`narasi/sasaran/1.md`): one `write` per folder, so
    /// each folder's files appear together.
    static func write(tree files: [(path: String, data: Data)], to root: URL) throws {
        let byFolder = Dictionary(grouping: files) { ($0.path as NSString).deletingLastPathComponent }
        for folder in byFolder.keys.sorted() {
            let outputs = byFolder[folder]!.map {
                OutputFile(name: ($0.path as NSString).lastPathComponent, data: $0.data)
            }
            _ = try write(outputs, to: folder.isEmpty ? root : root.appendingPathComponent(folder))
        }
    }

    /// Writes `files` into `directory` (created if needed) and returns their URLs in order.
    ///
    /// Paths are strings and files are removed with unlink(2): `URL.appendingPathComponent` asks the file
    /// system whether each name is a folder (one stat per call, three per output) and `removeItem` stats
    /// before it unlinks.
    static func write(_ files: [OutputFile], to directory: URL) throws -> [URL] {
        try replace(files, in: directory)
        return files.map { directory.appendingPathComponent($0.name, isDirectory: false) }
    }

    /// `write(_:to:)` without the URLs, which a run never reads (each a URL made and released: 0,6 % of the
    /// province).
    /// - Parameter removingLater: the earlier outputs kept aside during the switch are removed by
    ///   `KeptAsideRemoval` (whose `waitUntilRemoved` the caller calls before it is done), not before returning.
    static func replace(_ files: [OutputFile], in directory: URL, removingLater: Bool = false) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: directory.path, system: error.localizedDescription)
        }
        let folder = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        // Temporaries no one can guess or plant in advance (a symlink at `.capaian.csv.tmp-<next pid>` would
        // redirect the write): a random name, created exclusively, never through a symlink (FileCreation).
        let run = String(UInt64.random(in: .min ... .max), radix: 16)
        let staged = files.map { file in
            (
                temporary: folder + ".\(file.name).tmp-\(run)", backup: folder + ".\(file.name).old-\(run)",
                target: folder + file.name, data: file.data
            )
        }
        func removeTemporaries() { for item in staged { _ = unlink(item.temporary) } }
        for item in staged {
            do {
                try FileCreation.write(item.data, to: item.temporary, mode: 0o644, exclusive: true)
            } catch {
                removeTemporaries()
                throw Failure(path: item.target, system: error.reason)
            }
        }
        // The folder switches whole: every earlier output is kept aside (a hard link, `.name.old-<run>`)
        // until all the new ones are in place, and put back if one cannot be, so a failed write leaves
        // the earlier outputs exactly as they were, never a mix of two runs.
        // Held against Ctrl-C until the folder is whole (`Interruption`).
        try Interruption.whileSwitching {
            try switchFolder(staged, removingLater: removingLater, removeTemporaries: removeTemporaries)
        }
    }

    private static func switchFolder(
        _ staged: [(temporary: String, backup: String, target: String, data: Data)], removingLater: Bool,
        removeTemporaries: () -> Void
    ) throws {
        var kept: [(backup: String, target: String)] = [], placed: [String] = []
        func restore() {
            for target in placed { _ = unlink(target) }
            for item in kept { _ = rename(item.backup, item.target) }
        }
        /// The system's reason, read before anything else can change errno, and everything undone.
        func fail(_ target: String, reason: String = String(cString: strerror(errno))) -> Failure {
            restore()
            removeTemporaries()
            return Failure(path: target, system: reason)
        }
        for item in staged {
            let hadEarlier = link(item.target, item.backup) == 0
            guard hadEarlier || errno == ENOENT else { throw fail(item.target) }
            guard rename(item.temporary, item.target) == 0 else {
                let reason = String(cString: strerror(errno))
                if hadEarlier { _ = unlink(item.backup) }  // the earlier file is still in place
                throw fail(item.target, reason: reason)
            }
            if hadEarlier { kept.append((item.backup, item.target)) } else { placed.append(item.target) }
            if let pause = renamePause { usleep(pause) }
        }
        if removingLater {
            KeptAsideRemoval.remove(kept.map(\.backup))
        } else {
            for item in kept { _ = unlink(item.backup) }
        }
    }

    /// For InterruptionTests alone: `KINERJA_TEST_RENAME_PAUSE_US` microseconds between two renames, so that
    /// a signal sent during a run lands while a folder switches.
    private static let renamePause: useconds_t? = getenv("KINERJA_TEST_RENAME_PAUSE_US").flatMap {
        useconds_t(String(cString: $0))
    }

    /// Removes the temporaries and kept-aside files (`.capaian.csv.tmp-<hex>`, `.ringkasan.md.old-<hex>`) a run
    /// stopped part-way left in `folder` (ending in `/`): they hold figures of no run in full, and `verify`
    /// would call them unexpected. Only names this writer makes are touched. Called for an agency's folder, its
    /// lock held, before it is judged unchanged or written.
    static func removeLeftovers(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where isLeftover(name) { _ = unlink(folder + name) }
    }

    /// `.NAME.tmp-HEX` or `.NAME.old-HEX`, as `write` names them.
    static func isLeftover(_ name: String) -> Bool {
        guard name.hasPrefix("."), let dash = name.lastIndex(of: "-") else { return false }
        let hex = name[name.index(after: dash)...], head = name[..<dash]
        return !hex.isEmpty && hex.count <= 16 && hex.allSatisfy(\.isHexDigit)
            && (head.hasSuffix(".tmp") || head.hasSuffix(".old")) && head.count > ".x.tmp".count - 1
    }
}
