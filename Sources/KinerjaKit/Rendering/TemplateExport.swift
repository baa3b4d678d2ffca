import Foundation

/// `kinerja templates export DIR`: copies the default templates and label files into DIR, where a
/// user edits them and passes `--templates DIR`. Existing files are never overwritten unless asked,
/// so a second export cannot destroy someone's edits.
package enum TemplateExport {
    /// The files to copy, by path relative to the template folder (`_gaya.html.mustache`, `label/en.yaml`).
    static func files(from defaults: BundledFiles) -> [String] { defaults.names }

    /// Copies every default file into `target`; returns the paths written, relative to `target`.
    /// - Throws: `OutputWriter.Failure` naming the first file that exists (without `overwrite`) or cannot be written.
    package static func export(from defaults: BundledFiles, to target: URL, overwrite: Bool) throws -> [String] {
        let names = files(from: defaults)
        guard !names.isEmpty else {
            throw OutputWriter.Failure(
                path: defaults.origin,
                reason: Message(
                    "no templates found here; set KINERJA_TEMPLATES to kinerja's Templates folder",
                    id: "tidak ada templat di sini; arahkan KINERJA_TEMPLATES ke folder Templates milik kinerja"))
        }
        if !overwrite,
            let existing = names.first(where: {
                FileManager.default.fileExists(atPath: target.appendingPathComponent($0).path)
            })
        {
            throw OutputWriter.Failure(
                path: target.appendingPathComponent(existing).path,
                reason: Message(
                    "the file exists; pass --force to replace the templates in this folder",
                    id: "berkas ini sudah ada; pakai --force untuk menimpa templat di folder ini"))
        }
        try OutputWriter.write(tree: names.compactMap { name in defaults.files[name].map { (name, $0) } }, to: target)
        return names
    }
}
