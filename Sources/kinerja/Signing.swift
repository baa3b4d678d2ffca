import ArgumentParser
import Foundation
import KinerjaKit

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create an Ed25519 key pair for signing output folders.",
        discussion: """
            Writes \(KeyFiles.privateName) (owner-only; keep it with the head of agency or the person who signs for them) and \(KeyFiles.publicName) (give it to the archive) into DIR. Existing keys are never overwritten.

            Example:
              kinerja keygen --out ~/kunci-kadis
            """
    )

    @Option(help: "The folder to write the key pair into.", completion: .directory)
    var out: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.language()
        try exitingOnFailure(language) {
            let key = try KeyFiles.generate(in: URL(fileURLWithPath: out))
            let folder = out.hasSuffix("/") ? out : out + "/"
            print((ReportWords.wrote(folder + KeyFiles.privateName) + Message(" (private, mode 600)", id: " (privat, mode 600)")).text(language))
            print(ReportWords.wrote(folder + KeyFiles.publicName).text(language))
            print(Message("key fingerprint \(Ed25519PEM.fingerprint(key))", id: "sidik kunci \(Ed25519PEM.fingerprint(key))").text(language))
        }
    }
}

struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign an output folder: its manifest.json, which lists every output with its SHA-256.",
        discussion: """
            Writes manifest.sig into the folder with the key's fingerprint and the signatory from profil.yaml (as recorded in manifest.json). A folder whose files no longer match its manifest is not signed.

            Example:
              kinerja sign Output/disdikbud/2024-TW3 --key ~/kunci-kadis/\(KeyFiles.privateName)
            """
    )

    @Argument(help: "The output folder (the one with manifest.json).", completion: .directory)
    var folder: String

    @Option(help: "The private key (\(KeyFiles.privateName) from `kinerja keygen`).", completion: .file(extensions: ["pem"]))
    var key: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.language()
        try exitingOnFailure(language) {
            let key = try KeyFiles.readPrivateKey(key)
            let signature = try ArchiveSigner.sign(URL(fileURLWithPath: folder), key: key)
            let signer = signature.statement.signer
            let who = "\(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name)"
            print(ReportWords.wrote((folder.hasSuffix("/") ? folder : folder + "/") + ManifestSignature.fileName).text(language))
            print(Message("signed for \(who), key \(signature.statement.keyFingerprint)",
                          id: "ditandatangani untuk \(who), kunci \(signature.statement.keyFingerprint)").text(language))
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that an output folder is exactly what was signed.",
        discussion: """
            Checks manifest.sig and every file's SHA-256 against manifest.json, and reports each file as intact, changed, missing or unexpected. Exit status 0 only when every file is intact and the signature is valid for the key given with --key; 1 when anything is not intact. Without --key the signature is checked against the key recorded in manifest.sig: that proves the folder is unchanged since signing, not who signed it, and the exit status is 2 (INTEGRITY ONLY).

            Example:
              kinerja verify Output/disdikbud/2024-TW3 --key \(KeyFiles.publicName)
            """
    )

    @Argument(help: "The output folder (the one with manifest.json and manifest.sig).", completion: .directory)
    var folder: String

    @Option(help: "The signer's public key (\(KeyFiles.publicName)).", completion: .file(extensions: ["pem"]))
    var key: String?

    @OptionGroup var language: LanguageOption

    /// The word of each state as printed: `intact` / `utuh`, …
    static func word(_ state: ArchiveCheck.State) -> Message {
        switch state {
        case .intact: Message("intact", id: "utuh")
        case .changed: Message("changed", id: "berubah")
        case .missing: Message("missing", id: "hilang")
        case .unexpected: Message("unexpected", id: "tak-dikenal")
        }
    }

    func run() throws {
        let language = language.language()
        var publicKey: Curve25519PublicKey?
        try exitingOnFailure(language) { publicKey = try key.map(KeyFiles.readPublicKey) }
        let check = ArchiveCheck.check(URL(fileURLWithPath: folder), key: publicKey)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let signatureWord = Message("signature ", id: "tanda tangan").text(language)
        if let problem = check.manifestProblem {
            printError(prefix + problem.text(language))
            print(Message("NOT VERIFIED: \(folder)", id: "TIDAK TERVERIFIKASI: \(folder)").text(language))
            throw ExitCode(1)
        }
        for file in check.files {
            let state = Self.word(file.state).text(language).padding(toLength: language == .id ? 11 : 10, withPad: " ", startingAt: 0)
            print("\(state) \(prefix)\(file.name)" + (file.detail.map { " (\($0.text(language)))" } ?? ""))
        }
        if let manifest = try? Data(contentsOf: URL(fileURLWithPath: prefix + "manifest.json")),
           let digest = PaperCode.digest(manifestJSON: manifest) {
            // What the QR code of this folder's signed ringkasan reads, after the folder's name (PaperCode).
            print(Message("qr code    sha256:\(digest) (the ringkasan's QR code must read the folder's name and this)",
                          id: "kode QR    sha256:\(digest) (kode QR pada ringkasan harus terbaca nama folder dan nilai ini)").text(language))
        }
        switch check.signature {
        case .valid(let fingerprint, let signer, let keyChecked)?:
            let who = "\(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name)"
            print(signatureWord + Message(" valid: Ed25519, key \(fingerprint), for \(who)",
                                          id: " sah: Ed25519, kunci \(fingerprint), untuk \(who)").text(language))
            if !keyChecked {
                print(Message("note: checked against the key recorded in \(ManifestSignature.fileName); pass --key \(KeyFiles.publicName) to check that the signer's key made it",
                              id: "catatan: diperiksa dengan kunci yang tercatat di \(ManifestSignature.fileName); pakai --key \(KeyFiles.publicName) untuk memastikan kunci penanda tangan yang membuatnya").text(language))
            }
        case .missing?:
            let file = prefix + ManifestSignature.fileName
            print(signatureWord + Message(" missing: \(file) does not exist; the folder was never signed (kinerja sign)",
                                          id: " tidak ada: \(file) tidak ada; folder ini belum pernah ditandatangani (kinerja sign)").text(language))
        case .invalid(let why)?:
            print(signatureWord + Message(" INVALID: ", id: " TIDAK SAH: ").text(language) + prefix + why.message.text(language))
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
            print(Message("INTEGRITY ONLY: every file is intact and matches the signature, but the signer was not checked (no --key); pass --key \(KeyFiles.publicName) to verify who signed.",
                          id: "HANYA KEUTUHAN: setiap berkas utuh dan cocok dengan tanda tangannya, tetapi penanda tangannya tidak diperiksa (tanpa --key); pakai --key \(KeyFiles.publicName) untuk memastikan siapa yang menandatangani.").text(language))
            throw ExitCode(2)
        } else if check.isIntact {
            print(Message("VERIFIED: every file is intact and the signature is valid.",
                          id: "TERVERIFIKASI: setiap berkas utuh dan tanda tangannya sah.").text(language))
        } else {
            let detail = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
            print(Message("NOT VERIFIED\(detail): the folder is not exactly what was signed.",
                          id: "TIDAK TERVERIFIKASI\(detail): folder ini tidak persis sama dengan yang ditandatangani.").text(language))
            throw ExitCode(1)
        }
    }
}

/// Runs `body`; a thrown error (its message names the file) is printed and the command exits 1.
private func exitingOnFailure(_ language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        printError(describe(error, language))
        throw ExitCode(1)
    }
}
