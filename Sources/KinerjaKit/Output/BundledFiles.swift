import Foundation

/// Files kinerja ships with: the default templates and label files, and the bundled SOPs. They travel in
/// the executable (EmbeddedFiles, written at build time by Plugins/EmbedPlugin from Templates/ and SOP/),
/// so a binary copied alone onto a PATH finds them; `$KINERJA_TEMPLATES` (and tests) may name a folder
/// instead, read the same way.
package struct BundledFiles: Sendable {
    /// The files by their path in the tree (`ringkasan.md.mustache`, `label/id.yaml`, `kecamatan-sutera.yaml`),
    /// read (or decoded) when first asked for: in a report, by the thread that parses the templates.
    var files: [String: Data] { contents.value }
    private let contents: OnFirstUse<[String: Data]>
    /// How messages name the tree: a folder's path, or `kinerja:Templates` for the copies in the binary.
    package let origin: String

    init(files: [String: Data], origin: String) { self.init(origin: origin) { files } }

    private init(origin: String, reading: @escaping @Sendable () -> [String: Data]) {
        (contents, self.origin) = (OnFirstUse(reading), origin)
    }

    /// How messages name one file: `/opt/t/ringkasan.md.mustache`, `kinerja:Templates/ringkasan.md.mustache`.
    func path(_ name: String) -> String { origin + "/" + name }

    /// The names, sorted.
    var names: [String] { files.keys.sorted() }

    /// The default templates and label files built into this binary.
    static let templates = decode(EmbeddedFiles.templates, origin: "kinerja:Templates")
    /// The SOPs built into this binary.
    static let sops = decode(EmbeddedFiles.sops, origin: "kinerja:SOP")

    private static func decode(
        _ encoded: @autoclosure @escaping @Sendable () -> [String: String], origin: String
    )
        -> BundledFiles
    {
        BundledFiles(origin: origin) { encoded().compactMapValues { Data(base64Encoded: $0) } }
    }

    /// The template files directly in `folder` and the label files of its `label/` folder.
    static func templates(in folder: URL) -> BundledFiles {
        BundledFiles(origin: folder.path) { read(folder, TemplateSet.files(in: folder)) }
    }

    /// The SOP files (`*.yaml`) directly in `folder`.
    static func sops(in folder: URL) -> BundledFiles {
        BundledFiles(origin: folder.path) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                $0.hasSuffix(".yaml")
            }
            return read(folder, names)
        }
    }

    private static func read(_ folder: URL, _ names: [String]) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in names { files[name] = try? Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }
}
