import ArgumentParser
import Foundation
import KinerjaKit

extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] { ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] }
}

/// The two lists are the library's own for a `CaseIterable` `RawRepresentable` (each case's raw value; no
/// descriptions, since each case's description is its raw value), written out: the library's versions
/// go through a key path and `any CaseIterable` casts that the runtime answers by searching the binary's
/// conformance records, about 1,5 M instructions of every command line's parse (BENCHMARKS.md).
extension CSVDialect: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension Language: ExpressibleByArgument {}

/// `--bahasa id|en`: the language of every message and printed line (MessageLanguage).
struct LanguageOption: ParsableArguments {
    @Option(
        help:
            "The language of messages: id or en. Default: the workspace's `bahasa`; outside a workspace, Indonesian when LANG starts with id, else English.",
        completion: .list(["id", "en"]))
    var bahasa: Language?

    /// The language of a run over `workspaces` (none for commands outside a workspace).
    func language(workspaces: [String] = []) -> Language {
        MessageLanguage.choose(option: bahasa, workspaces: workspaces.map { URL(fileURLWithPath: $0) })
    }
}

/// Options shared by `report` and `check`.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        help: "The period to report on; defaults to `periode` in profil.yaml.",
        completion: .list(["TW1", "TW2", "TW3", "TW4", "TAHUNAN"]))
    var period: ReportPeriod?

    @Option(
        help:
            "A folder of templates to use instead of the defaults (missing ones fall back to the defaults; see `kinerja templates export`).",
        completion: .directory)
    var templates: String?

    func request(workspace: String, dialect: CSVDialect? = nil) -> RunRequest {
        Self.request(workspace: workspace, period: period, templates: templates, dialect: dialect)
    }

    /// The request of a run of `workspace` with these options' values.
    static func request(
        workspace: String, period: ReportPeriod?, templates: String?, dialect: CSVDialect? = nil
    ) -> RunRequest {
        RunRequest(
            workspace: URL(fileURLWithPath: workspace), displayPath: workspace, period: period,
            templates: templates.map { URL(fileURLWithPath: $0) },
            defaultTemplates: TemplateLocator.defaultDirectory(), dialect: dialect)
    }
}

/// Prints diagnostics to stderr in `language` (DiagnosticLog.lines), then a count of the errors.
func printDiagnostics(_ log: DiagnosticLog, _ language: Language, closing: Message = ReportWords.nothingWritten) {
    var said: Set<String> = []
    for line in log.lines(language, closing: closing, said: &said) { printError(line) }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The end of `report` and `check`: print what the run says, in order, and exit with its status.
func finish(_ outcome: ReportOutcome) throws { try finish(outcome.lines, exitStatus: outcome.exitStatus) }

/// Prints what a command has to say (stdout, errors to stderr) and ends with its exit status.
func finish(_ lines: [OutputLine], exitStatus: Int32) throws {
    for line in lines {
        switch line {
        case .out(let text): print(text)
        case .error(let text): printError(text)
        }
    }
    if exitStatus != 0 { throw ExitCode(exitStatus) }
}

/// `report` and `check` need at least one workspace.
func requireWorkspaces(_ workspaces: [String], _ language: LanguageOption) throws {
    guard workspaces.isEmpty else { return }
    throw ValidationError(
        Message(
            "Name at least one workspace folder, or a folder of workspaces.",
            id: "Sebutkan sedikitnya satu folder ruang kerja, atau folder berisi ruang kerja."
        )
        .text(language.language()))
}

/// An error thrown by the library, in `language` when it can say it in both.
func describe(_ error: Error, _ language: Language) -> String {
    if let bilingual = error as? BilingualError { return bilingual.text(language) }
    return "\(error)"
}
