import Foundation

/// Files kinerja ships with: the default templates and label files, and the bundled SOPs. They travel in
/// the executable (EmbeddedFiles, written at build time by Plugins/EmbedPlugin from Templates/ and SOP/),
/// so a binary copied alone onto a PATH finds them; `$KINERJA_TEMPLATES` (and tests) may name a folder
/// instead, read the same way.
package struct BundledFiles: Sendable {
    /// The files by their path in the tree (`ringkasan.md.mustache`, `label/id.yaml`, `kecamatan-sutera.yaml`).
    let files: [String: Data]
    /// How messages name the tree: a folder's path, or `kinerja:Templates` for the copies in the binary.
    package let origin: String

    init(files: [String: Data], origin: String) {
        (self.files, self.origin) = (files, origin)
    }

    /// How messages name one file: `/opt/t/ringkasan.md.mustache`, `kinerja:Templates/ringkasan.md.mustache`.
    func path(_ name: String) -> String { origin + "/" + name }

    /// The names, sorted.
    var names: [String] { files.keys.sorted() }

    /// The default templates and label files built into this binary.
    static let templates = decode(EmbeddedFiles.templates, origin: "kinerja:Templates")
    /// The SOPs built into this binary.
    static let sops = decode(EmbeddedFiles.sops, origin: "kinerja:SOP")

    private static func decode(_ encoded: [String: String], origin: String) -> BundledFiles {
        BundledFiles(files: encoded.compactMapValues { Data(base64Encoded: $0) }, origin: origin)
    }

    /// The template files directly in `folder` and the label files of its `label/` folder.
    static func templates(in folder: URL) -> BundledFiles {
        read(folder, TemplateSet.files(in: folder))
    }

    /// The SOP files (`*.yaml`) directly in `folder`.
    static func sops(in folder: URL) -> BundledFiles {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }
        return read(folder, names)
    }

    private static func read(_ folder: URL, _ names: [String]) -> BundledFiles {
        var files: [String: Data] = [:]
        for name in names { files[name] = try? Data(contentsOf: folder.appendingPathComponent(name)) }
        return BundledFiles(files: files, origin: folder.path)
    }
}
