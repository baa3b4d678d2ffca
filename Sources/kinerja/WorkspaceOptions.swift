import ArgumentParser
import Foundation
import KinerjaKit

extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] { ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] }
}

extension CSVDialect: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}

/// `--bahasa id|en`: the language of every message and printed line (MessageLanguage).
struct LanguageOption: ParsableArguments {
    @Option(help: "The language of messages: id or en. Default: the workspace's `bahasa`; outside a workspace, Indonesian when LANG starts with id, else English.",
            completion: .list(["id", "en"]))
    var bahasa: Language?

    /// The language of a run over `workspaces` (none for commands outside a workspace).
    func language(workspaces: [String] = []) -> Language {
        MessageLanguage.choose(option: bahasa, workspaces: workspaces.map { URL(fileURLWithPath: $0) })
    }
}

/// Options shared by `report` and `check`.
struct WorkspaceOptions: ParsableArguments {
    @Option(help: "The period to report on; defaults to `periode` in profil.yaml.",
            completion: .list(["TW1", "TW2", "TW3", "TW4", "TAHUNAN"]))
    var period: ReportPeriod?

    @Option(help: "A folder of templates to use instead of the defaults (missing ones fall back to the defaults; see `kinerja templates export`).",
            completion: .directory)
    var templates: String?

    func request(workspace: String, dialect: CSVDialect? = nil) -> RunRequest {
        RunRequest(
            workspace: URL(fileURLWithPath: workspace), displayPath: workspace, period: period,
            templates: templates.map { URL(fileURLWithPath: $0) },
            defaultTemplates: TemplateLocator.defaultDirectory(), dialect: dialect)
    }
}

/// Prints diagnostics to stderr in `language` and a stable order, errors and warnings together, then a
/// count of the errors when there are any (`2 errors, 1 warning; nothing was written.` /
/// `2 kesalahan, 1 peringatan; tidak ada yang ditulis.`). Lines already in `printed` are left out (a
/// template's warning is the same for every agency of a run); `errorsOnly` (`--quiet`) leaves out the rest.
func printDiagnostics(_ log: DiagnosticLog, _ language: Language, errorsOnly: Bool = false,
                      closing: Message = Words.nothingWritten, printed: inout Set<String>) {
    for diagnostic in log.sorted where !errorsOnly || diagnostic.severity == .error {
        let line = diagnostic.text(language)
        if printed.insert(line).inserted { printError(line) }
    }
    let errors = log.errors.count, warnings = log.warnings.count
    guard errors > 0 else { return }
    let counts = Message("\(errors) error\(errors == 1 ? "" : "s")" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""),
                         id: "\(errors) kesalahan" + (warnings > 0 ? ", \(warnings) peringatan" : ""))
    printError((counts + Message("; ", id: "; ") + closing).text(language))
}

func printDiagnostics(_ log: DiagnosticLog, _ language: Language, closing: Message = Words.nothingWritten) {
    var printed: Set<String> = []
    printDiagnostics(log, language, closing: closing, printed: &printed)
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The language of one agency's lines: `--bahasa`, else its profile's (from its rekap row, or read again
/// for a workspace that failed), else the run's.
func outcomeLanguage(_ outcome: AgencyOutcome, option: Language?, run: Language) -> Language {
    option ?? outcome.row?.language ?? MessageLanguage.of(workspace: outcome.workspace.url) ?? run
}

/// `report` and `check` need at least one workspace.
func requireWorkspaces(_ workspaces: [String], _ language: LanguageOption) throws {
    guard workspaces.isEmpty else { return }
    throw ValidationError(Message("Name at least one workspace folder, or a folder of workspaces.",
                                  id: "Sebutkan sedikitnya satu folder ruang kerja, atau folder berisi ruang kerja.")
                            .text(language.language()))
}

/// Lines several commands print.
enum Words {
    static let nothingWritten = Message("nothing was written.", id: "tidak ada yang ditulis.")

    /// `wrote Output/disdik/2024-TW3/capaian.csv` / `ditulis Output/…`.
    static func wrote(_ path: String) -> Message { Message("wrote \(path)", id: "ditulis \(path)") }
}

/// An error thrown by the library, in `language` when it can say it in both.
func describe(_ error: Error, _ language: Language) -> String {
    if let bilingual = error as? BilingualError { return bilingual.text(language) }
    return "\(error)"
}
