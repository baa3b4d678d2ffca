import Foundation

/// One `kinerja report` (or, with `writes` false, `kinerja check`) from the workspaces as the user named
/// them to what it prints and its exit status, with nothing printed here: the templates are parsed while
/// the first agencies are computed, every agency goes through `BatchRun` (one function per agency, the
/// same for one workspace and for five hundred), the index of a many-agency run is written, and each line
/// is said in its agency's language. The command prints `lines` and exits with `exitStatus`.
public struct ReportRun: Sendable {
    /// The options every workspace shares (`workspace` is replaced per workspace).
    public var request: RunRequest
    public var workspaces: [String]
    /// The output root as the user named it (`Output`).
    public var output: String
    public var force = false
    /// False for `check`: every step but writing.
    public var writes = true
    /// `--bahasa`: every line in this language.
    public var bahasa: Language?
    /// `--quiet`: errors only.
    public var quiet = false

    public init(request: RunRequest, workspaces: [String], output: String) {
        (self.request, self.workspaces, self.output) = (request, workspaces, output)
        // The templates are read and hashed while the workspaces are found and the first profile composed:
        // the agency's fingerprint waits for their hashes (on one agency, the critical path).
        (reading, readFrom) = (Self.reading(request), (request.defaultTemplates.origin, request.templates))
        found = WorkspaceDiscovery.expand(workspaces)
        firstProfile = found.workspaces.first.flatMap(ProfileDocument.read)
    }

    /// The templates of `request`, read and hashed on a thread of their own (`TemplateSet.init(reading:)`).
    private static func reading(_ request: RunRequest) -> Eventually<(TemplateSet, DiagnosticLog)> {
        Eventually {
            var log = DiagnosticLog()
            return (TemplateSet(reading: request.defaultTemplates, user: request.templates, log: &log), log)
        }
    }

    /// The templates as `init` began reading them, and where from (the default templates' origin, `--templates`).
    private let reading: Eventually<(TemplateSet, DiagnosticLog)>
    private let readFrom: (defaults: String, user: URL?)

    /// Whether `request` still names the templates `init` began reading (else `run` reads them again).
    private var readsItsTemplates: Bool {
        readFrom.defaults == request.defaultTemplates.origin && readFrom.user == request.templates
    }

    /// The workspaces found in what the user named.
    package let found: WorkspaceDiscovery.Result
    /// The first workspace's profil.yaml, for the start language (and a one-workspace run's period). The others
    /// are composed by the run (`OutputClaims`), only for the agencies that are not decided from their records.
    private let firstProfile: ProfileDocument?

    /// The language of what is said before the run ends (progress, the templates' errors): the first
    /// workspace's, unless `--bahasa`; the environment's without one.
    public var startLanguage: Language {
        bahasa ?? firstProfile?.language ?? MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Runs every workspace; `progress` is called once per finished agency when the templates parsed.
    public func run(progress: @escaping @Sendable (AgencyOutcome) -> Void = { _ in }) -> ReportOutcome {
        // One workspace needs no index, a run without TW4 or TAHUNAN no LKjIP (as its profiles say; one that
        // cannot be read counts as the year end); `check` parses every template, so it refuses what `report` would.
        // (Only a one-workspace run is asked: a many-agency run parses them once for all, and the decided agencies'
        // profiles are never composed.)
        let yearEnd =
            found.isMany || !writes
            || OutputClaims(workspaces: found.workspaces, request: request, profiles: [firstProfile]).reportsYearEnd(1)
        let unused = (found.isMany || !writes ? [] : TemplateSet.indexTemplates)
            .union(yearEnd ? [] : TemplateSet.annualTemplates)
        let reading = readsItsTemplates ? self.reading : Self.reading(request)
        let loading = Eventually { () -> (TemplateSet, DiagnosticLog) in
            var (templates, log) = reading.value
            templates.parse(unused: unused, log: &log)
            return (templates, log)
        }
        let usable: @Sendable () -> TemplateSet? = { loading.value.1.hasErrors ? nil : loading.value.0 }
        // The agencies' fingerprints, taken before each is loaded, need the templates' hashes, not their parse:
        // an agency starts loading while they parse. (Should they not parse, the run says nothing but their
        // errors, as before.)
        let hashed: @Sendable () -> TemplateSet? = { reading.value.1.hasErrors ? nil : reading.value.0 }
        var batch = BatchRun(
            request: request, templates: usable, fingerprintTemplates: hashed, outputRoot: URL(fileURLWithPath: output),
            force: force, shownRoot: output)
        batch.writes = writes
        // One workspace: its profile, composed once already for the start language, is the one its agency uses.
        let outcomes = batch.run(found.workspaces, profiles: found.workspaces.count == 1 ? [firstProfile] : nil) {
            if usable() != nil { progress($0) }
        }
        var result = ReportOutcome(
            run: self, templates: loading.value.0, templateLog: loading.value.1, outcomes: outcomes)
        result.fingerprintBase = batch.fingerprintBase.value
        if writes, found.isMany, !result.templateLog.hasErrors { result.writeIndex() }
        result.sayWhatTheIndexLeavesOut()
        return result
    }
}

/// What a `ReportRun` did, and what it has to say.
public struct ReportOutcome: Sendable {
    let run: ReportRun
    let templates: TemplateSet
    /// The templates' diagnostics: their errors stopped the run before any agency was rendered.
    public let templateLog: DiagnosticLog
    /// Every agency, in the order they were named.
    public let outcomes: [AgencyOutcome]
    /// The index of a many-agency run: its diagnostics, the files written, and why it could not be written.
    public private(set) var indexLog = DiagnosticLog()
    public private(set) var indexFiles: [String] = []
    public private(set) var indexFailure: String?
    /// Agency folders of this run's periods under the output root that the index just written leaves out.
    private(set) var indexLeavesOut: [String] = []
    /// The periods the index just written mixes (`2024-TW3` and its agencies' slugs), when more than one.
    private(set) var indexPeriods: [(period: String, slugs: [String])] = []
    /// A run of one agency: the output root's rekap.csv, of an earlier run, still has a row for it that differs
    /// from the one this run would write.
    private(set) var rekapNotRewritten = false
    /// The run's share of every agency's fingerprint (`AgencyFingerprint.base`), which the index's record
    /// (`LastIndex`) is keyed on too; nil when there is none.
    var fingerprintBase: String?
    /// The index was left as the last run wrote it (`LastIndex`), not rendered again.
    private(set) var indexFromLastRun = false

    init(run: ReportRun, templates: TemplateSet, templateLog: DiagnosticLog, outcomes: [AgencyOutcome]) {
        (self.run, self.templates, self.templateLog, self.outcomes) = (run, templates, templateLog, outcomes)
    }

    /// The exit status, one rule for every run (README, "Exit status"): 1 when anything had an error in its
    /// inputs or templates (nothing of it was written), else 74 when something could not be written (a full
    /// disk, no permission), else 0. An error of the inputs outranks a failed write: it is the one to fix.
    public var exitStatus: Int32 {
        if templateLog.hasErrors || indexLog.hasErrors || outcomes.isEmpty
            || outcomes.contains(where: { $0.state == .failed })
        {
            return 1
        }
        if indexFailure != nil || outcomes.contains(where: { $0.state == .unwritable }) { return 74 }
        return 0
    }

    /// The language of the run's own lines: `--bahasa`, else the one every agency speaks, else the
    /// environment's (the first workspace's when the templates stopped the run).
    public var language: Language { language(spoken: outcomes.map(language(of:))) }

    /// The run's language when its agencies speak `spoken` (theirs, in order).
    private func language(spoken: [Language]) -> Language {
        if templateLog.hasErrors || run.bahasa != nil || !run.found.isMany { return run.startLanguage }
        let languages = Set(spoken)
        return languages.count == 1
            ? languages.first! : MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The language of one agency's lines: `--bahasa`, else its profile's (from its rekap row, or as the run
    /// composed it for a workspace that failed), else the run's first.
    public func language(of outcome: AgencyOutcome) -> Language {
        run.bahasa ?? outcome.row?.language ?? outcome.profileLanguage ?? run.startLanguage
    }

    /// Writes the many-agency index (index.html, index.md, rekap.csv) into the output root. rekap.csv is
    /// in `--csv-dialect`, else the `csv` every reported agency sets, else standar.
    mutating func writeIndex() {
        let failed = outcomes.filter { $0.row == nil }.map(\.workspace)
        let rows = outcomes.compactMap(\.row)
        let shared = Set(rows.map(\.csvDialect))
        let dialect = run.request.dialect ?? (shared.count == 1 ? shared.first! : nil) ?? .standar
        let root = URL(fileURLWithPath: run.output)
        // Every row, the templates and the options those of the last run, its index still on disk: left as it is.
        let key = fingerprintBase.map { LastIndex.key(base: $0, dialect: dialect, rows: rows) }
        if !run.force, failed.isEmpty, let key, let last = LastIndex.read(root: root), last.key == key,
            last.isOnDisk(in: root)
        {
            (indexFiles, indexFromLastRun) = (last.outputs.map(\.path), true)
            return
        }
        let files = RekapIndex.files(rows: rows, failed: failed, templates: templates, dialect: dialect, log: &indexLog)
        LastIndex.remove(root: root)
        guard !indexLog.hasErrors else { return }
        do {
            try OutputWriter.replace(files, in: root, removingLater: true)
            indexFiles = files.map(\.name)
        } catch {
            indexFailure = (error as? BilingualError)?.text(language) ?? "\(error)"
            return
        }
        if failed.isEmpty, indexLog.diagnostics.isEmpty, let key {
            LastIndex(key: key, outputs: files.map { Manifest.entry($0.name, $0.data) }).write(root: root)
        }
        // The earlier index files, kept aside while the new ones went in, removed side by side.
        KeptAsideRemoval.waitUntilRemoved()
    }

    /// What the rekap leaves out or still shows from earlier (`IndexCoverage`), for `lines` to say.
    mutating func sayWhatTheIndexLeavesOut() {
        guard run.writes, !templateLog.hasErrors else { return }
        let root = URL(fileURLWithPath: run.output)
        if run.found.isMany {
            if !indexFiles.isEmpty {
                // Not counted: another period's folder of an agency in the index, and a failed agency's own
                // folder (both are said otherwise).
                let rows = outcomes.compactMap(\.row), slugs = Set(rows.map(\.slug))
                let failedFolders = Set(outcomes.compactMap(\.earlierReports))
                indexLeavesOut = IndexCoverage.others(under: root, than: rows.map(\.directory)).filter { folder in
                    !failedFolders.contains(folder) && !slugs.contains(String(folder.prefix { $0 != "/" }))
                }
                indexPeriods = IndexCoverage.periods(of: outcomes.compactMap(\.row))
            }
        } else if let row = outcomes.first?.row, let earlier = IndexCoverage.rekapRow(row.directory, under: root) {
            // Said only when the row differs from the one this run would write, in the file's own dialect. A run
            // of one workspace did not parse the index templates: they are, here, only when a rekap is there.
            var scratch = DiagnosticLog()
            let all = TemplateSet(defaults: run.request.defaultTemplates, user: run.request.templates, log: &scratch)
            let now =
                RekapIndex.rekapCSV([row], templates: all, dialect: earlier.excel ? .excelID : .standar)
                .map { String(decoding: $0.data, as: UTF8.self) } ?? ""
            rekapNotRewritten = !now.split(whereSeparator: \.isNewline).contains { $0 == earlier.line }
        }
    }

    /// Everything the run says, in order: diagnostics (stderr), then what was written and the summary
    /// (stdout). A diagnostic line already said (a template's warning repeats for every agency) is said once.
    public var lines: [OutputLine] {
        var said = Set<String>(), lines: [OutputLine] = []
        let quiet = run.quiet
        func diagnostics(_ log: DiagnosticLog, _ language: Language, closing: Message) {
            lines += log.lines(language, errorsOnly: quiet, closing: closing, said: &said).map(OutputLine.error)
        }
        func say(_ message: Message, _ language: Language) { if !quiet { lines.append(.out(message.text(language))) } }
        let shown = run.output.asFolder
        // The templates stopped the run: their errors only, in the first workspace's language.
        guard !templateLog.hasErrors else {
            diagnostics(templateLog, run.startLanguage, closing: ReportWords.nothingWritten)
            return lines
        }
        // Each agency's language once (a failed agency's is read again from its profil.yaml).
        let spoken = outcomes.map(language(of:))
        let language = language(spoken: spoken)
        diagnostics(templateLog, language, closing: ReportWords.nothingWritten)
        for (outcome, its) in zip(outcomes, spoken) {
            let path = outcome.workspace.displayPath
            diagnostics(
                outcome.log, its,
                closing: run.writes
                    ? Message("\(path) was not written.", id: "\(path) tidak ditulis.")
                        + (outcome.earlierReports.map { ReportWords.earlierReports(shown + $0 + "/") }
                            ?? Message("", id: ""))
                    : Message(
                        "the workspace cannot be reported until they are fixed.",
                        id: "ruang kerja ini belum dapat dilaporkan sebelum semuanya diperbaiki."))
            if !run.writes, let row = outcome.row, outcome.state == .checked { say(row.summary, its) }
        }
        guard run.writes else { return lines }
        if run.found.isMany {
            diagnostics(indexLog, language, closing: Message("the index was not written.", id: "indeks tidak ditulis."))
            if indexFromLastRun {
                // Left as the last run wrote it: "wrote" would say a file changed that did not (a trial).
                let files = indexFiles.map { shown + $0 }.joined(separator: ", ")
                say(
                    Message(
                        "\(files): up to date with every agency's row; not written again",
                        id: "\(files): sudah sesuai dengan baris setiap instansi; tidak ditulis ulang"), language)
            } else {
                for file in indexFiles { say(ReportWords.wrote(shown + file), language) }
            }
            if !indexPeriods.isEmpty { say(ReportWords.indexMixesPeriods(shown, indexPeriods), language) }
            if !indexLeavesOut.isEmpty {
                let listed = outcomes.compactMap(\.row).count
                say(ReportWords.indexLeavesOut(shown, listed: listed, others: indexLeavesOut), language)
            }
            if let indexFailure { lines.append(.error(indexFailure)) }
            for (outcome, its) in zip(outcomes, spoken) {
                if let removed = outcome.removedSignature { say(ReportWords.removed(removed), its) }
                for file in outcome.removedStale { say(ReportWords.removedStale(file), its) }
            }
            say(ReportWords.summary(outcomes), language)
        } else if let outcome = outcomes.first, let row = outcome.row, let language = spoken.first {
            if outcome.state == .unchanged {
                let folder = "\(shown)\(row.directory)/"
                say(
                    Message(
                        "\(folder) is up to date with its inputs; nothing was written (--force writes it again)",
                        id: "\(folder) sudah sesuai dengan masukannya; tidak ada yang ditulis (--force menulisnya lagi)"
                    ), language)
            }
            for file in outcome.files { say(ReportWords.wrote("\(shown)\(row.directory)/\(file)"), language) }
            if let removed = outcome.removedSignature { say(ReportWords.removed(removed), language) }
            for file in outcome.removedStale { say(ReportWords.removedStale(file), language) }
            say(row.summary, language)
            if rekapNotRewritten {
                say(ReportWords.rekapNotRewritten(shown + "rekap.csv", directory: row.directory), language)
            }
        }
        return lines
    }
}

/// A line a command prints: on stdout, or on stderr.
public enum OutputLine: Sendable, Equatable {
    case out(String), error(String)
}
