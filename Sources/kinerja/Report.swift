import ArgumentParser
import Foundation
import KinerjaKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute every capaian and write the outputs of one workspace or many.",
        discussion: """
            Writes laporan-pemantauan.md and .html (the quarterly monitoring report), lkjip.md and .html (at TW4 and TAHUNAN), ringkasan.md and .html (and each report as PDF/A with --pdf), capaian.csv, serapan-anggaran.csv (when the workspace has anggaran.csv), kepatuhan-sop.csv (when it has siklus.csv) and manifest.json into <output>/<slug>/<tahun>-<periode>/. A workspace with an error is not written: all its problems are printed and the exit status is 1.

            Many agencies: name several workspaces, or a folder whose subfolders are workspaces (each with profil.yaml). They are reported concurrently; one with errors is skipped and the others are still written. The run also writes <output>/index.html, index.md and rekap.csv, one row per agency. An agency whose inputs, templates and kinerja version are those its manifest.json records is left as it is (--force writes it again). A folder signed with `kinerja sign` whose outputs would change is not written (an error), unless --force, which removes its manifest.sig.

            Examples:
              kinerja report examples/disdikbud-pesisir-selatan --csv-dialect excel-id
              kinerja report kabupaten/
              kinerja report examples/disdikbud-pesisir-selatan --pdf
            """
    )

    @Argument(help: "Workspace folders (profil.yaml, indikator.csv, realisasi.csv, …), or folders of workspaces.",
              completion: .directory)
    var workspaces: [String]

    @OptionGroup var options: WorkspaceOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "The output root; the files go to <output>/<slug>/<tahun>-<periode>/.", completion: .directory)
    var output: String = "Output"

    @Option(name: .customLong("csv-dialect"),
            help: "standar: comma, decimal point (for programs); excel-id: semicolon, decimal comma, BOM (for Excel in the Indonesian locale). Default: `csv` in profil.yaml, else standar.")
    var csvDialect: CSVDialect?

    @Flag(help: "Also write laporan-pemantauan.pdf, ringkasan.pdf and (TW4, TAHUNAN) lkjip.pdf: PDF/A-3b with capaian.csv and serapan-anggaran.csv inside, printed by WeasyPrint (pip install \"weasyprint>=62\"). Default: `pdf` in profil.yaml, else no PDF.")
    var pdf = false

    @Flag(help: "Write every agency again, even when its outputs are current; into a signed folder too, removing its manifest.sig, which would no longer hold.")
    var force = false

    @Flag(help: "Print nothing but errors: no progress, no written files, no warnings, no summary.")
    var quiet = false

    /// A line on stdout, unless --quiet.
    func say(_ line: String) { if !quiet { print(line) } }

    func validate() throws { try requireWorkspaces(workspaces, language) }

    func run() throws {
        var configured = options.request(workspace: workspaces[0], dialect: csvDialect)
        if pdf { configured.pdf = true }
        let request = configured
        let found = WorkspaceDiscovery.expand(workspaces)
        // The templates are parsed, from here on, while the first agencies are loaded and computed; if they
        // fail, no agency is written and only their errors are printed. One workspace needs no index.
        let unused = found.isMany ? [] : TemplateSet.indexTemplates
        let loading = Eventually { () -> (TemplateSet, DiagnosticLog) in
            var log = DiagnosticLog()
            return (TemplateSet(defaults: request.defaultTemplates, user: request.templates, unused: unused, log: &log), log)
        }
        // Before the run (template errors, progress): the first workspace's language. After it, each
        // agency's lines in its own profile's language (read again only for a workspace that failed), and
        // the run's own lines in the language they all share. Profiles are not parsed twice per agency.
        var runLanguage = MessageLanguage.choose(option: language.bahasa, workspaces: Array(found.workspaces.prefix(1).map(\.url)))
        func languageOf(_ outcome: AgencyOutcome) -> Language {
            outcomeLanguage(outcome, option: language.bahasa, run: runLanguage)
        }
        let usable: @Sendable () -> TemplateSet? = { loading.value.1.hasErrors ? nil : loading.value.0 }
        let root = URL(fileURLWithPath: output)
        let shown = output.hasSuffix("/") ? output : output + "/"
        let progress = ProgressLine(total: found.workspaces.count, quiet: quiet, language: runLanguage)
        let outcomes = BatchRun(request: request, templates: usable, outputRoot: root, force: force, shownRoot: output)
            .run(found.workspaces) { if usable() != nil { progress.update($0) } }
        progress.finish()
        let (templates, log) = loading.value
        guard !log.hasErrors else {
            printDiagnostics(log, runLanguage)
            throw ExitCode(1)
        }
        if language.bahasa == nil, found.workspaces.count > 1 {
            let spoken = Set(outcomes.map(languageOf))
            runLanguage = spoken.count == 1 ? spoken.first! : MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
        }

        var printed = Set<String>()
        printDiagnostics(log, runLanguage, errorsOnly: quiet, printed: &printed)   // the templates' warnings (their errors stopped the run above)
        for outcome in outcomes {
            let path = outcome.workspace.displayPath
            printDiagnostics(outcome.log, languageOf(outcome), errorsOnly: quiet,
                             closing: Message("\(path) was not written.", id: "\(path) tidak ditulis."), printed: &printed)
        }
        var status: Int32 = outcomes.contains { $0.state == .failed } ? 1
            : outcomes.contains { $0.state == .unwritable } ? 74 : 0

        if found.isMany {
            var indexLog = DiagnosticLog()
            let failed = outcomes.filter { $0.row == nil }.map(\.workspace)
            let rows = outcomes.compactMap(\.row)
            // rekap.csv: --csv-dialect, else the `csv` every reported agency sets, else standar.
            let shared = Set(rows.map(\.csvDialect))
            let dialect = csvDialect ?? (shared.count == 1 ? shared.first! : nil) ?? .standar
            let files = RekapIndex.files(rows: rows, failed: failed, templates: templates, dialect: dialect, log: &indexLog)
            printDiagnostics(indexLog, runLanguage, errorsOnly: quiet, closing: Message("the index was not written.", id: "indeks tidak ditulis."),
                             printed: &printed)
            if !indexLog.hasErrors {
                do {
                    _ = try OutputWriter.write(files, to: root)
                    for file in files { say(Words.wrote(shown + file.name).text(runLanguage)) }
                } catch {
                    printError(describe(error, runLanguage))
                    status = max(status, 74)
                }
            }
            for outcome in outcomes {
                if let removed = outcome.removedSignature { say(Self.removed(removed).text(languageOf(outcome))) }
            }
            say(Self.summary(outcomes).text(runLanguage))
        } else if let outcome = outcomes.first, let row = outcome.row {
            let language = languageOf(outcome)
            if outcome.state == .unchanged {
                let folder = "\(shown)\(row.directory)/"
                say(Message("\(folder) is up to date with its inputs; nothing was written (--force writes it again)",
                              id: "\(folder) sudah sesuai dengan masukannya; tidak ada yang ditulis (--force menulisnya lagi)").text(language))
            }
            for file in outcome.files { say(Words.wrote("\(shown)\(row.directory)/\(file)").text(language)) }
            if let removed = outcome.removedSignature { say(Self.removed(removed).text(language)) }
            say(row.summary.text(language))
        }
        // The process ends here, with the run's templates, contexts and outcomes still in memory: releasing
        // them one by one took about a millisecond of a one-agency run, and the system reclaims them at once.
        // (stdout is flushed by exit.)
        Foundation.exit(status)
    }

    /// The line of a signature `--force` removed (SignedFolder).
    static func removed(_ signature: String) -> Message {
        Message("removed \(signature): it signed the outputs this run replaced and no longer holds; sign the folder again (kinerja sign)",
                id: "dihapus \(signature): berkas ini menandatangani keluaran yang kini diganti dan tidak berlaku lagi; tandatangani folder ini lagi (kinerja sign)")
    }

    /// `50 agencies: 48 reported (12 written, 36 unchanged); 2 failed: kab/dinkes, kab/bpbd` /
    /// `50 instansi: 48 dilaporkan (12 ditulis, 36 tidak berubah); 2 gagal: kab/dinkes, kab/bpbd`.
    static func summary(_ outcomes: [AgencyOutcome]) -> Message {
        let written = outcomes.filter { $0.state == .written }.count
        let unchanged = outcomes.filter { $0.state == .unchanged }.count
        let failed = outcomes.filter { $0.row == nil }.map(\.workspace.displayPath)
        var line = Message("\(outcomes.count) agenc\(outcomes.count == 1 ? "y" : "ies"): \(written + unchanged) reported "
                           + "(\(written) written, \(unchanged) unchanged)",
                           id: "\(outcomes.count) instansi: \(written + unchanged) dilaporkan (\(written) ditulis, \(unchanged) tidak berubah)")
        if !failed.isEmpty {
            let list = failed.joined(separator: ", ")
            line = line + Message("; \(failed.count) failed: \(list)", id: "; \(failed.count) gagal: \(list)")
        }
        return line
    }
}
