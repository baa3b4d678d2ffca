import Foundation

/// The rules and the planner's guide, carried in the binary (EmbeddedFiles, written at build time from
/// docs/) so that `kinerja aturan` and `kinerja panduan` print them anywhere, exactly as the files read
/// (without their final newline, which `print` adds back).
package enum RulesText {
    /// docs/aturan-capaian.md
    package static let capaian = document("aturan-capaian.md")
    /// docs/siklus.md
    package static let siklus = document("siklus.md")
    /// docs/panduan.md
    package static let panduan = document("panduan.md")

    static func document(_ name: String) -> String {
        let text =
            EmbeddedFiles.docs[name].flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
            ?? ""
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
