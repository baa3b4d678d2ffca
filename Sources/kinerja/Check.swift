import ArgumentParser
import Foundation
import KinerjaKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and compute a workspace without writing anything; print its problems and summary.",
        discussion: """
            Exit status 0 when the workspace has no errors (warnings may be printed), 1 otherwise.

            Example:
              kinerja check examples/disdikbud-pesisir-selatan
            """
    )

    @Argument(help: "The workspace folder (profil.yaml, indikator.csv, realisasi.csv, anggaran.csv, narasi/).")
    var workspace: String

    @OptionGroup var options: WorkspaceOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        var log = DiagnosticLog()
        let report = Pipeline.checkAll(options.request(workspace: workspace), log: &log)
        let language = language.language(workspaces: [workspace])
        printDiagnostics(log, language, closing: Message("the workspace cannot be reported until they are fixed.",
                                                         id: "ruang kerja ini belum dapat dilaporkan sebelum semuanya diperbaiki."))
        guard let report, !log.hasErrors else { throw ExitCode(1) }
        print(report.summaryLine(language))
    }
}

