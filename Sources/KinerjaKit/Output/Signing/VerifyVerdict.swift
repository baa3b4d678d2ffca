import Foundation

/// What `kinerja verify` says about a folder and its exit status, from its `ArchiveCheck`: a line per file
/// (intact, changed, missing, unexpected), the hash the ringkasan's QR code must read (`PaperCode`), the
/// signature, and the verdict. Exit status (README, "Signing and verifying"): 0 VERIFIED (every file intact,
/// the signature valid for the key given); 2 INTEGRITY ONLY (the same, checked against the key recorded in
/// manifest.sig, which proves the folder unchanged but not who signed it); 1 anything else.
package struct VerifyVerdict {
    package private(set) var lines: [OutputLine] = []
    package private(set) var exitStatus: Int32 = 0

    /// - Parameter folder: the folder as the user named it.
    package init(_ check: ArchiveCheck, folder: String, language: Language) {
        func say(_ message: Message) { lines.append(.out(message.text(language))) }
        let prefix = folder.asFolder
        let signatureWord = Message("signature ", id: "tanda tangan").text(language)
        if let problem = check.manifestProblem {
            lines.append(.error(prefix + problem.text(language)))
            say(Message("NOT VERIFIED: \(folder)", id: "TIDAK TERVERIFIKASI: \(folder)"))
            exitStatus = 1
            return
        }
        for file in check.files {
            let state = Self.word(file.state).text(language).padding(
                toLength: language == .id ? 11 : 10, withPad: " ", startingAt: 0)
            lines.append(.out("\(state) \(prefix)\(file.name)" + (file.detail.map { " (\($0.text(language)))" } ?? "")))
        }
        if let manifest = try? Data(contentsOf: URL(fileURLWithPath: prefix + "manifest.json")),
            let digest = PaperCode.digest(manifestJSON: manifest)
        {
            // What the QR code of this folder's signed ringkasan reads, after the folder's name (PaperCode).
            say(
                Message(
                    "qr code    sha256:\(digest) (the ringkasan's QR code must read the folder's name and this)",
                    id: "kode QR    sha256:\(digest) (kode QR pada ringkasan harus terbaca nama folder dan nilai ini)"))
        }
        switch check.signature {
        case .valid(let fingerprint, let signer, let keyChecked)?:
            let who = "\(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name)"
            lines.append(
                .out(
                    signatureWord
                        + Message(
                            " valid: Ed25519, key \(fingerprint), for \(who)",
                            id: " sah: Ed25519, kunci \(fingerprint), untuk \(who)"
                        ).text(language)))
            if !keyChecked {
                say(
                    Message(
                        "note: checked against the key recorded in \(ManifestSignature.fileName); pass --key \(KeyFiles.publicName) to check that the signer's key made it",
                        id:
                            "catatan: diperiksa dengan kunci yang tercatat di \(ManifestSignature.fileName); pakai --key \(KeyFiles.publicName) untuk memastikan kunci penanda tangan yang membuatnya"
                    ))
            }
        case .missing?:
            let file = prefix + ManifestSignature.fileName
            lines.append(
                .out(
                    signatureWord
                        + Message(
                            " missing: \(file) does not exist; the folder was never signed (kinerja sign)",
                            id: " tidak ada: \(file) tidak ada; folder ini belum pernah ditandatangani (kinerja sign)"
                        ).text(language)))
        case .invalid(let why)?:
            lines.append(
                .out(
                    signatureWord + Message(" INVALID: ", id: " TIDAK SAH: ").text(language) + prefix
                        + why.message.text(language)))
        case nil:
            break
        }
        let counts = [ArchiveCheck.State.changed, .missing, .unexpected].compactMap { state -> String? in
            let n = check.files.filter { $0.state == state }.count
            return n == 0 ? nil : "\(n) \(Self.word(state).text(language))"
        }
        if check.isIntact, case .valid(_, _, keyChecked: false)? = check.signature {
            // Anyone can re-sign a folder with a key of their own and any name: without the signer's key
            // the verdict says what was proven, and the exit status tells a script it is not a VERIFIED.
            say(
                Message(
                    "INTEGRITY ONLY: every file is intact and matches the signature, but the signer was not checked (no --key); pass --key \(KeyFiles.publicName) to verify who signed.",
                    id:
                        "HANYA KEUTUHAN: setiap berkas utuh dan cocok dengan tanda tangannya, tetapi penanda tangannya tidak diperiksa (tanpa --key); pakai --key \(KeyFiles.publicName) untuk memastikan siapa yang menandatangani."
                ))
            exitStatus = 2
        } else if check.isIntact {
            say(
                Message(
                    "VERIFIED: every file is intact and the signature is valid.",
                    id: "TERVERIFIKASI: setiap berkas utuh dan tanda tangannya sah."))
        } else if case .missing? = check.signature,
            check.files.allSatisfy({ $0.state == .intact || $0.name == ManifestSignature.fileName })
        {
            // Every output matches manifest.json, but nothing vouches for manifest.json itself: "not exactly
            // what was signed" would send an archivist looking for a change that is not there.
            say(
                Message(
                    "NOT SIGNED: every file matches manifest.json, but the folder was never signed, so nothing proves manifest.json itself; sign it with kinerja sign.",
                    id:
                        "BELUM DITANDATANGANI: setiap berkas cocok dengan manifest.json, tetapi folder ini belum pernah ditandatangani, jadi manifest.json sendiri tidak terbukti; tandatangani dengan kinerja sign."
                ))
            exitStatus = 1
        } else {
            let detail = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
            say(
                Message(
                    "NOT VERIFIED\(detail): the folder is not exactly what was signed.",
                    id: "TIDAK TERVERIFIKASI\(detail): folder ini tidak persis sama dengan yang ditandatangani."))
            exitStatus = 1
        }
    }

    /// The word of each state as printed: `intact` / `utuh`, …
    static func word(_ state: ArchiveCheck.State) -> Message {
        switch state {
        case .intact: Message("intact", id: "utuh")
        case .changed: Message("changed", id: "berubah")
        case .missing: Message("missing", id: "hilang")
        case .unexpected: Message("unexpected", id: "tak-dikenal")
        }
    }
}
