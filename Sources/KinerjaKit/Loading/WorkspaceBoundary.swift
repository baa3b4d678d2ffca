import Foundation

/// A workspace's files are the ones inside its folder. A file or folder that resolves elsewhere (a symlink
/// `narasi/faktor-pendorong.md → /etc/passwd`, a table linked from another disk) is refused with a message
/// naming it, so that nothing from outside the workspace can reach a report.
struct WorkspaceBoundary {
    /// The workspace folder with every symlink in its own path resolved.
    let root: String

    init(_ directory: URL) {
        root = directory.resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Whether `url` (a path inside the workspace as written) resolves to a place inside it.
    func contains(_ url: URL) -> Bool { resolved(url) != nil }

    /// `url` with every link in its path resolved, when that is inside the workspace; nil when it leads outside.
    /// Handed to `WorkspaceFile.read(_:resolved:limit:)`, so a file's links are resolved once, not twice (each
    /// component of the path asked of the file system, issue 22).
    func resolved(_ url: URL) -> URL? {
        let resolved = url.resolvingSymlinksInPath()
        let path = resolved.standardizedFileURL.path
        return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? resolved : nil
    }

    /// `resolved(url)?.path`, told without resolving when `url` names a file right in the workspace folder, written
    /// as the folder resolves (`root/name`, plain), that is no link itself: nothing in its path can lead elsewhere,
    /// so it is inside, and is where it is written (issue 22: resolving it made three URLs and a system call for each
    /// component). WorkspaceBoundaryParityTests compares it with `resolved`.
    func resolvedPath(of url: URL) -> String? {
        let path = url.path
        if PlainPath.isPlain(path), isDirectlyInRoot(path), !PlainPath.isLink(path) { return path }
        return resolved(url)?.path
    }

    /// Whether `path` is `root`, a slash and a name without one, by bytes.
    private func isDirectlyInRoot(_ path: String) -> Bool {
        let path = Array(path.utf8), root = Array(root.utf8)
        guard path.count > root.count + 1, path.starts(with: root), path[root.count] == UInt8(ascii: "/") else {
            return false
        }
        return !path[(root.count + 1)...].contains(UInt8(ascii: "/"))
    }

    /// The message for a folder that leads outside, in both languages.
    static func outsideFolder(_ name: String) -> Message {
        Message(
            "\(name) is a link to a folder outside the workspace folder, which kinerja does not read; copy the files themselves into the workspace",
            id:
                "\(name) adalah tautan ke folder di luar folder ruang kerja, yang tidak dibaca kinerja; salin berkas-berkasnya sendiri ke ruang kerja"
        )
    }

    /// The message for a file that leads outside, in both languages.
    static func outside(_ name: String) -> Message {
        Message(
            "\(name) is a link to a file outside the workspace folder, which kinerja does not read; copy the file itself into the workspace",
            id:
                "\(name) adalah tautan ke berkas di luar folder ruang kerja, yang tidak dibaca kinerja; salin berkas itu sendiri ke ruang kerja"
        )
    }
}
