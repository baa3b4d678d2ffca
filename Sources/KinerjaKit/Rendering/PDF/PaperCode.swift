import Foundation

/// What the QR code on a ringkasan says, so a signed paper page can be matched with its archived folder:
/// the folder's name and a SHA-256 that `kinerja verify` prints for the folder
/// (`disdikbud/2024-TW3 sha256:3f1c…`).
///
/// The SHA-256 is of manifest.json *without the ringkasan's own lines*: the ringkasan cannot carry the hash
/// of a manifest that lists the ringkasan's hash (each would have to contain the other). So it is the hash
/// of the bytes manifest.json has with its `ringkasan.*` outputs left out, exactly as kinerja encodes a
/// manifest; every other output (the full reports, their PDFs, the CSV files), every input, template and
/// the build are covered. `verify` decodes manifest.json, leaves those lines out and hashes it the same way.
package enum PaperCode {
    /// Whether an output is one of the ringkasan's own files (`ringkasan.md`, `.html`, `.pdf`).
    static func isSummaryFile(_ name: String) -> Bool { name.hasPrefix("ringkasan.") }

    /// The hex SHA-256 of `manifest` without its ringkasan lines.
    static func digest(_ manifest: Manifest) -> String {
        var bound = manifest
        bound.outputs.removeAll { isSummaryFile($0.path) }
        return Hashing.sha256(bound.encoded())
    }

    /// The text of the QR code: the folder under the output root, then the digest.
    static func text(directory: String, digest: String) -> String { "\(directory) sha256:\(digest)" }

    /// The digest a folder's manifest.json gives (`kinerja verify` prints it); nil when it is not a
    /// readable manifest.
    package static func digest(manifestJSON: Data) -> String? {
        (try? JSONDecoder().decode(Manifest.self, from: manifestJSON)).map(digest)
    }

    /// The ringkasan's `kode_qr`: the code as inline SVG and its text, printed beside it.
    static func context(directory: String, digest: String, label: String) -> View {
        let text = text(directory: directory, digest: digest)
        // A text this short always fits a QR code; an empty SVG would still leave the printed text.
        let svg = QRCode(text)?.svg(size: "26mm", label: label + ": " + text) ?? ""
        return View(svg: svg, text: text, digest: digest)
    }

    /// The ringkasan's `kode_qr`.
    struct View: TemplateView {
        let svg: String, text: String, digest: String

        static let fields: [ViewField<Self>] = [
            .text("svg", "the code as inline SVG (libqrencode)", \.svg),
            .text("teks", "what it reads: `disdikbud/2024-TW3 sha256:…`", \.text),
            .text(
                "sha256",
                "the SHA-256 of manifest.json without the ringkasan's own lines, which `kinerja verify` prints",
                \.digest),
        ]
    }
}
