/// The footer line of every report that tells an archivist how to check the output folder against
/// its signature (`kinerja verify`, see Signing/). Context name `arsip` (docs/templates.md).
enum ArchiveNote {
    /// `directory`: the output folder under the output root, `disdikbud/2024-TW3`.
    static func context(directory: String) -> [String: Any] {
        [
            "folder": directory,
            "perintah": "kinerja verify Output/\(directory) --key \(KeyFiles.publicName)",
        ]
    }
}
