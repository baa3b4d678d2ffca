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
    @Argument(help: "The workspace folder (profil.yaml, indikator.csv, realisasi.csv, anggaran.csv).")
    var workspace: String

    @Option(help: "The period to report on; defaults to `periode` in profil.yaml.")
    var period: ReportPeriod?

    @Option(help: "A folder of templates to use instead of the defaults (missing ones fall back to the defaults).")
    var templates: String?

    func request(dialect: CSVDialect = .standar) -> RunRequest {
        RunRequest(
            workspace: URL(fileURLWithPath: workspace), displayPath: workspace, period: period,
            templates: templates.map { URL(fileURLWithPath: $0) },
            defaultTemplates: TemplateLocator.defaultDirectory(), dialect: dialect)
    }
}

/// Prints diagnostics to stderr in a stable order, errors and warnings together.
func printDiagnostics(_ log: DiagnosticLog) {
    for diagnostic in log.sorted {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    let errors = log.errors.count, warnings = log.warnings.count
    if errors > 0 {
        let summary = "\(errors) error\(errors == 1 ? "" : "s")" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
        FileHandle.standardError.write(Data("\(summary); nothing was written.\n".utf8))
    }
}
