import ArgumentParser
import KinerjaKit

/// What `kinerja report` was asked, as plain values: from `Report`'s parsed options, or read directly from a
/// plain command line (`init?(plain:)`), and run the same way either way.
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

extension ReportArguments {
    /// The arguments after `kinerja` when they are `report`, at least one workspace, and nothing but `report`'s
    /// own options (each at most once, its value given and valid, not starting with `-`): read here as
    /// argument-parser reads them (ReportArgumentsTests), which costs a run of one agency about a tenth of its
    /// instructions (BENCHMARKS.md, seventh round). nil for anything else (`--help`, a typo, a wrong value, a
    /// repeated option, `--`): argument-parser reads that, and says every error.
    init?(plain arguments: [String]) {
        guard arguments.first == "report", arguments.count > 1 else { return nil }
        var seen: Set<String> = []
        var index = 1
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                workspaces.append(word)
                continue
            }
            var name = word, attached: String?
            if let equals = word.firstIndex(of: "=") {
                (name, attached) = (String(word[..<equals]), String(word[word.index(after: equals)...]))
            }
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--pdf" where attached == nil: pdf = true
            case "--force" where attached == nil: force = true
            case "--quiet" where attached == nil: quiet = true
            case "--output", "--templates", "--period", "--bahasa", "--csv-dialect":
                var value = attached
                if value == nil, index < arguments.count {
                    value = arguments[index]
                    index += 1
                }
                guard let value, !value.isEmpty, !value.hasPrefix("-"), set(name, value) else { return nil }
            default: return nil
            }
        }
        guard !workspaces.isEmpty else { return nil }
    }

    /// Sets option `name` to `value`; false when argument-parser would refuse the value.
    private mutating func set(_ name: String, _ value: String) -> Bool {
        switch name {
        case "--output": output = value
        case "--templates": templates = value
        case "--period":
            period = ReportPeriod(argument: value)
            return period != nil
        case "--bahasa":
            bahasa = Language(argument: value)
            return bahasa != nil
        default:
            csvDialect = CSVDialect(argument: value)
            return csvDialect != nil
        }
        return true
    }
}
