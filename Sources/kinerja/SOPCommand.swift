import ArgumentParser
import Foundation
import KinerjaKit

struct SOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop",
        abstract: "List and show the monitoring SOPs that ship with kinerja.",
        discussion: """
            A workspace uses one with `sop: NAME` in profil.yaml, or brings its own sop.yaml (start from `kinerja sop show NAME --yaml > sop.yaml`). Without either, siklus.csv is measured against \(SOPLibrary.defaultName).
            """,
        subcommands: [List.self, Show.self]
    )

    static var library: SOPLibrary { TemplateLocator.sops() }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bundled SOPs.")

        @OptionGroup var language: LanguageOption

        func run() throws {
            var log = DiagnosticLog()
            let language = language.language()
            let names = SOPCommand.library.names
            guard !names.isEmpty else {
                let folder = SOPCommand.library.bundle.origin
                printError(
                    Message(
                        "no bundled SOPs found in \(folder); set KINERJA_TEMPLATES to kinerja's Templates folder",
                        id:
                            "tidak ada SOP bawaan di \(folder); arahkan KINERJA_TEMPLATES ke folder Templates milik kinerja"
                    ).text(language))
                throw ExitCode(1)
            }
            for name in names {
                guard let sop = SOPCommand.library.load(name, log: &log) else { continue }
                print(SOPText.listing(sop, name: name, language: language))
            }
            printDiagnostics(
                log, language, closing: Message("a bundled SOP is broken.", id: "ada SOP bawaan yang rusak."))
            if log.hasErrors { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print one bundled SOP: its identity, roles and steps.",
            discussion:
                "Example:\n  kinerja sop show disdikbud-balangan\n  kinerja sop show disdikbud-balangan --yaml > my-workspace/sop.yaml"
        )

        @Argument(help: "The SOP's name, as `kinerja sop list` prints it.", completion: .list(SOPLibrary().names))
        var name: String

        @Flag(help: "Print the sop.yaml file itself, to copy into a workspace and edit.")
        var yaml = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            var log = DiagnosticLog()
            let language = language.language()
            let nothing = Message("nothing to show.", id: "tidak ada yang ditampilkan.")
            let library = SOPCommand.library
            if yaml {
                guard let data = library.data(name, file: "sop", log: &log) else {
                    printDiagnostics(log, language, closing: nothing)
                    throw ExitCode(1)
                }
                FileHandle.standardOutput.write(data)
                return
            }
            guard let sop = library.load(name, log: &log) else {
                printDiagnostics(log, language, closing: nothing)
                throw ExitCode(1)
            }
            print(SOPText.render(sop))
        }
    }
}
