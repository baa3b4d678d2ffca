import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An agency's outputs go into `<output>/<slug>/<tahun>-<periode>/` and nowhere else. The output root may
/// be a link (an archive disk mounted elsewhere is the user's choice), but a folder beneath it that is a
/// link (`Output/disdikbud → /etc`) would take the writes, and the "unchanged" check's reads, out of it:
/// such a folder is refused with a message naming it, and nothing of the agency is written.
enum OutputBoundary {
    /// The first folder of `directory` (`disdikbud/2024-TW3`) under `root` that is a symbolic link, as a
    /// path relative to `root`; nil when none is.
    static func link(under root: URL, to directory: String) -> String? {
        // lstat(2) on the path itself: every agency of a run asks this several times.
        var path = root.path, relative: [Substring] = [], facts = stat()
        for component in directory.split(separator: "/") {
            path += "/" + component
            relative.append(component)
            if lstat(path, &facts) == 0, facts.st_mode & S_IFMT == S_IFLNK { return relative.joined(separator: "/") }
        }
        return nil
    }

    static func refusal(_ shown: String, root: String) -> Message {
        Message(
            "\(shown) is a link, which kinerja does not write through (its outputs stay inside \(root)); remove the link, or name the folder it points to with --output",
            id:
                "\(shown) adalah tautan, yang tidak ditulisi kinerja (keluarannya tetap di dalam \(root)); hapus tautan itu, atau sebut folder tujuannya dengan --output"
        )
    }
}
