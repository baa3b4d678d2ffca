/// The footer line of every report that tells an archivist how to check the output folder against
/// its signature (`kinerja verify`, see Signing/): `arsip`, added to every report by `Document`.
struct ArchiveNote: TemplateView {
    /// The output folder under the output root, `disdikbud/2024-TW3`.
    let directory: String

    static let fields: [ViewField<Self>] = [
        .text("folder", "the output folder (`disdikbud/2024-TW3`)", \.directory),
        .text(
            "perintah",
            "the command, run in the output folder that holds the report's (`kinerja verify disdikbud/2024-TW3 --key kunci-publik.pem`)",
            // Not `Output/…`: the report cannot know where `--output` put it, or where an archive keeps it.
            { "kinerja verify \($0.directory) --key \(KeyFiles.publicName)" }),
    ]

    static func context(directory: String) -> [String: Any] { ArchiveNote(directory: directory).context }
}
