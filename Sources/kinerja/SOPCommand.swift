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

    static var library: SOPLibrary { SOPLibrary(besideTemplates: TemplateLocator.defaultDirectory()) }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bundled SOPs.")

        func run() throws {
            var log = DiagnosticLog()
            let names = SOPCommand.library.names
            guard !names.isEmpty else {
                printError("no bundled SOPs found in \(SOPCommand.library.directory.path); set KINERJA_TEMPLATES to kinerja's Templates folder")
                throw ExitCode(1)
            }
            for name in names {
                guard let sop = SOPCommand.library.load(name, log: &log) else { continue }
                let owner = [sop.agency, sop.government].compactMap { $0 }.joined(separator: ", ")
                let marker = name == SOPLibrary.defaultName ? " (default)" : ""
                print("\(name)\(marker)\n  \(sop.name) — \(owner)\n  \(sop.number ?? "-"), \(sop.steps.count) steps, \(sop.roles.count) roles")
            }
            printDiagnostics(log, closing: "a bundled SOP is broken.")
            if log.hasErrors { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one bundled SOP: its identity, roles and steps.",
            discussion: "Example:\n  kinerja sop show disdikbud-balangan\n  kinerja sop show disdikbud-balangan --yaml > my-workspace/sop.yaml"
        )

        @Argument(help: "The SOP's name, as `kinerja sop list` prints it.")
        var name: String

        @Flag(help: "Print the sop.yaml file itself, to copy into a workspace and edit.")
        var yaml = false

        func run() throws {
            var log = DiagnosticLog()
            let library = SOPCommand.library
            if yaml {
                guard let data = library.data(name, file: "sop", log: &log) else {
                    printDiagnostics(log, closing: "nothing to show.")
                    throw ExitCode(1)
                }
                FileHandle.standardOutput.write(data)
                return
            }
            guard let sop = library.load(name, log: &log) else {
                printDiagnostics(log, closing: "nothing to show.")
                throw ExitCode(1)
            }
            print(SOPText.render(sop))
        }
    }
}
