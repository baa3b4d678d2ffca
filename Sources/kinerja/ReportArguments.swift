import ArgumentParser
import Foundation
import KinerjaKit

/// What `kinerja report` was asked, as plain values (from `Report`'s parsed options), and how it is run.
struct ReportArguments: Equatable {
    var workspaces: [String] = []
    var period: ReportPeriod?
    var templates: String?
    var bahasa: Language?
    var output = "Output"
    var csvDialect: CSVDialect?
    var pdf = false
    var force = false
    var quiet = false

    /// Runs the report (the progress line as it goes); what it has to say is the outcome's (`finish`).
    func run() -> ReportOutcome {
        let language = bahasa ?? MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
        Interruption.deferWhileSwitching(
            message: Message(
                "interrupted: every agency folder holds the outputs of one run, the earlier or this one; run kinerja report again to finish",
                id:
                    "dihentikan: setiap folder instansi berisi keluaran satu proses saja, yang sebelumnya atau yang ini; jalankan kinerja report lagi untuk menyelesaikannya"
            ).text(language))
        var request = WorkspaceOptions.request(
            workspace: workspaces[0], period: period, templates: templates, dialect: csvDialect)
        if pdf { request.pdf = true }
        var run = ReportRun(request: request, workspaces: workspaces, output: output)
        (run.force, run.bahasa, run.quiet) = (force, bahasa, quiet)
        let progress = ProgressLine(total: run.found.workspaces.count, quiet: quiet, language: run.startLanguage)
        let outcome = run.run { progress.update($0) }
        progress.finish()
        return outcome
    }
}
