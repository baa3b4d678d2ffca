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
            let folder = out.asFolder
            print(
                (ReportWords.wrote(folder + KeyFiles.privateName)
                    + Message(" (private, mode 600)", id: " (privat, mode 600)")).text(language))
            print(ReportWords.wrote(folder + KeyFiles.publicName).text(language))
            print(
                Message(
                    "key fingerprint \(Ed25519PEM.fingerprint(key))", id: "sidik kunci \(Ed25519PEM.fingerprint(key))"
                ).text(language))
        }
    }
}

struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign an output folder: its manifest.json, which lists every output with its SHA-256.",
        discussion: """
            Writes manifest.sig into the folder with the key's fingerprint and the signatory from profil.yaml (as recorded in manifest.json). A folder whose files no longer match its manifest is not signed, nor one whose reports list values to check, unless --values-checked.

            Example:
              kinerja sign Output/disdikbud/2024-TW3 --key ~/kunci-kadis/\(KeyFiles.privateName)
            """
    )

    @Argument(help: "The output folder (the one with manifest.json).", completion: .directory)
    var folder: String

    @Option(
        help: "The private key (\(KeyFiles.privateName) from `kinerja keygen`).", completion: .file(extensions: ["pem"])
    )
    var key: String

    @Flag(
        help:
            "Sign although the reports list values to check (manifest.json's doubts): each was confirmed right as typed."
    )
    var valuesChecked = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.language()
        try exitingOnFailure(language) {
            let key = try KeyFiles.readPrivateKey(key)
            let signature = try ArchiveSigner.sign(URL(fileURLWithPath: folder), key: key, valuesChecked: valuesChecked)
            let signer = signature.statement.signer
            let who = "\(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name)"
            print(ReportWords.wrote(folder.asFolder + ManifestSignature.fileName).text(language))
            print(
                Message(
                    "signed for \(who), key \(signature.statement.keyFingerprint)",
                    id: "ditandatangani untuk \(who), kunci \(signature.statement.keyFingerprint)"
                ).text(language))
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

    func run() throws {
        let language = language.language()
        var publicKey: Curve25519PublicKey?
        try exitingOnFailure(language) { publicKey = try key.map(KeyFiles.readPublicKey) }
        let verdict = VerifyVerdict(
            ArchiveCheck.check(URL(fileURLWithPath: folder), key: publicKey), folder: folder,
            language: language)
        try finish(verdict.lines, exitStatus: verdict.exitStatus)
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
