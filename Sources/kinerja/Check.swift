import ArgumentParser
import Foundation
import KinerjaKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Everything `report` does but writing: print the problems and the summary of each workspace.",
        discussion: """
            Takes the same workspaces and options as `report` and refuses whatever `report` would refuse (a template or label that does not parse, an unknown SOP, two workspaces for one output folder, a signed folder whose outputs would change). Exit status 0 when no workspace has an error (warnings may be printed), 1 otherwise.

            Example:
              kinerja check examples/disdikbud-pesisir-selatan
              kinerja check kabupaten/
            """
    )

    @Argument(
        help: "Workspace folders (profil.yaml, indikator.csv, realisasi.csv, …), or folders of workspaces.",
        completion: .directory)
    var workspaces: [String]

    @OptionGroup var options: WorkspaceOptions

    @OptionGroup var language: LanguageOption

    @Option(
        help: "The output root `report` would write to (a signed folder there is checked too).", completion: .directory)
    var output: String = "Output"

    @Option(name: .customLong("csv-dialect"), help: "As for `report`.")
    var csvDialect: CSVDialect?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws { try requireWorkspaces(workspaces, language) }

    func run() throws {
        var run = ReportRun(
            request: options.request(workspace: workspaces[0], dialect: csvDialect), workspaces: workspaces,
            output: output)
        (run.writes, run.bahasa, run.quiet) = (false, language.bahasa, quiet)
        try finish(run.run())
    }
}
