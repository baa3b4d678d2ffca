import Foundation

/// An output folder that holds a `manifest.sig` is never silently invalidated (issue 18): `report` writes
/// into it only when the outputs would stay exactly what was signed, or with `--force`, and then removes
/// the signature that would no longer hold, so the folder never carries a stale one.
///
/// manifest.sig signs the bytes of manifest.json, which lists every output with its SHA-256; so the
/// signature still holds after a run exactly when the run's manifest.json has the bytes of the one on
/// disk. (A run that only restores a file edited by hand therefore writes, and makes the signature hold
/// again.)
struct SignedFolder {
    let folder: URL
    /// The folder as the user named it (`Output/disdikbud/2024-TW3`), for messages.
    let shown: String

    var signatureURL: URL { folder.appendingPathComponent(ManifestSignature.fileName) }
    var shownSignature: String { shown + "/" + ManifestSignature.fileName }

    var isSigned: Bool { FileManager.default.fileExists(atPath: signatureURL.path) }

    /// Whether writing a run whose manifest.json is `manifest` would leave the signature invalid.
    func wouldInvalidate(with manifest: Data) -> Bool {
        guard isSigned else { return false }
        return (try? Data(contentsOf: folder.appendingPathComponent("manifest.json"))) != manifest
    }

    /// The error of a run that refuses to write (without `--force`).
    var refusal: Message {
        Message(
            "this folder is signed, and this report would change what was signed, so its signature would no longer hold. Write the report into another folder (--output DIR), or pass --force to replace it "
                + "(\(ManifestSignature.fileName) is then removed and the folder must be signed again with `kinerja sign`)",
            id:
                "folder ini sudah ditandatangani, dan laporan ini akan mengubah isi yang ditandatangani sehingga tanda tangannya "
                + "tidak berlaku lagi. Tulis laporan ke folder lain (--output DIR), atau pakai --force untuk "
                + "menggantinya (\(ManifestSignature.fileName) lalu dihapus dan folder harus ditandatangani lagi dengan `kinerja sign`)"
        )
    }

    /// Removes manifest.sig, once the new outputs are in place (before, a failed write would leave the
    /// old outputs without their signature). Returns the problem when it cannot be removed.
    func removeSignature() -> Message? {
        do {
            try FileManager.default.removeItem(at: signatureURL)
            return nil
        } catch {
            let reason = error.localizedDescription
            return Message(
                "the outputs were replaced, but the signature that no longer holds could not be removed (\(reason)); delete it by hand",
                id:
                    "keluaran sudah diganti, tetapi tanda tangan yang tidak berlaku lagi tidak dapat dihapus (\(reason)); hapus berkas ini secara manual"
            )
        }
    }
}
