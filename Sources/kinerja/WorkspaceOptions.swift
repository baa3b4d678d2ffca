import ArgumentParser
import Foundation
import KinerjaKit

extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] { ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] }
}

extension CSVDialect: ExpressibleByArgument {}

/// Options shared by `report` and `check`.
struct WorkspaceOptions: ParsableArguments {
    @Option(help: "The period to report on; defaults to `periode` in profil.yaml.")
    var period: ReportPeriod?

    @Option(help: "A folder of templates to use instead of the defaults (missing ones fall back to the defaults; see `kinerja templates export`).")
    var templates: String?

    func request(workspace: String, dialect: CSVDialect = .standar) -> RunRequest {
        RunRequest(
            workspace: URL(fileURLWithPath: workspace), displayPath: workspace, period: period,
            templates: templates.map { URL(fileURLWithPath: $0) },
            defaultTemplates: TemplateLocator.defaultDirectory(), dialect: dialect)
    }
}

/// Prints diagnostics to stderr in a stable order, errors and warnings together, then a count of the
/// errors when there are any (`2 errors, 1 warning; nothing was written.`). Lines already in `printed`
/// are left out (a template's warning is the same for every agency of a run).
func printDiagnostics(_ log: DiagnosticLog, closing: String = "nothing was written.", printed: inout Set<String>) {
    for diagnostic in log.sorted where printed.insert(diagnostic.description).inserted {
        printError(diagnostic.description)
    }
    let errors = log.errors.count, warnings = log.warnings.count
    guard errors > 0 else { return }
    let counts = "\(errors) error\(errors == 1 ? "" : "s")" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
    printError("\(counts); \(closing)")
}

func printDiagnostics(_ log: DiagnosticLog, closing: String = "nothing was written.") {
    var printed: Set<String> = []
    printDiagnostics(log, closing: closing, printed: &printed)
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
