import ArgumentParser
import Foundation
import KinerjaKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute every capaian and write the outputs of one workspace or many.",
        discussion: """
            Writes laporan-pemantauan.md and .html (the quarterly monitoring report), lkjip.md and .html (at TW4 and TAHUNAN), ringkasan.md and .html, capaian.csv, serapan-anggaran.csv (when the workspace has anggaran.csv), kepatuhan-sop.csv (when it has siklus.csv) and manifest.json into <output>/<slug>/<tahun>-<periode>/. A workspace with an error is not written: all its problems are printed and the exit status is 1.

            Many agencies: name several workspaces, or a folder whose subfolders are workspaces (each with profil.yaml). They are reported concurrently; one with errors is skipped and the others are still written. The run also writes <output>/index.html, index.md and rekap.csv, one row per agency. An agency whose inputs, templates and kinerja version are those its manifest.json records is left as it is (--force writes it again).

            Examples:
              kinerja report examples/disdikbud-pesisir-selatan --csv-dialect excel-id
              kinerja report kabupaten/
            """
    )

    @Argument(help: "Workspace folders (profil.yaml, indikator.csv, realisasi.csv, …), or folders of workspaces.")
    var workspaces: [String]

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "The output root; the files go to <output>/<slug>/<tahun>-<periode>/.")
    var output: String = "Output"

    @Option(name: .customLong("csv-dialect"),
            help: "standar: comma, decimal point (for programs); excel-id: semicolon, decimal comma, BOM (for Excel in the Indonesian locale).")
    var csvDialect: CSVDialect = .standar

    @Flag(help: "Write every agency again, even when its outputs are current.")
    var force = false

    @Flag(help: "No progress line on stderr.")
    var quiet = false

    func validate() throws {
        if workspaces.isEmpty { throw ValidationError("Name at least one workspace folder, or a folder of workspaces.") }
    }

    func run() throws {
        var log = DiagnosticLog()
        let request = options.request(workspace: workspaces[0], dialect: csvDialect)
        let templates = TemplateSet(defaults: request.defaultTemplates, user: request.templates, log: &log)
        guard !log.hasErrors else {
            printDiagnostics(log)
            throw ExitCode(1)
        }
        let found = WorkspaceDiscovery.expand(workspaces)
        let root = URL(fileURLWithPath: output)
        let shown = output.hasSuffix("/") ? output : output + "/"
        let progress = ProgressLine(total: found.workspaces.count, quiet: quiet)
        let outcomes = BatchRun(request: request, templates: templates, outputRoot: root, force: force)
            .run(found.workspaces, progress: progress.update)
        progress.finish()

        var printed = Set<String>()
        printDiagnostics(log, printed: &printed)   // the templates' warnings (their errors stopped the run above)
        for outcome in outcomes {
            printDiagnostics(outcome.log, closing: "\(outcome.workspace.displayPath) was not written.", printed: &printed)
        }
        var status: Int32 = outcomes.contains { $0.state == .failed } ? 1
            : outcomes.contains { $0.state == .unwritable } ? 74 : 0

        if found.isMany {
            var indexLog = DiagnosticLog()
            let failed = outcomes.filter { $0.row == nil }.map(\.workspace)
            let files = RekapIndex.files(rows: outcomes.compactMap(\.row), failed: failed, templates: templates,
                                         dialect: csvDialect, log: &indexLog)
            printDiagnostics(indexLog, closing: "the index was not written.", printed: &printed)
            if !indexLog.hasErrors {
                do {
                    _ = try OutputWriter.write(files, to: root)
                    if !quiet { for file in files { print("wrote \(shown)\(file.name)") } }
                } catch {
                    printError("\(error)")
                    status = max(status, 74)
                }
            }
            print(Self.summary(outcomes))
        } else if let outcome = outcomes.first, let row = outcome.row {
            if outcome.state == .unchanged {
                print("\(shown)\(row.directory)/ is up to date with its inputs; nothing was written (--force writes it again)")
            }
            for file in outcome.files { print("wrote \(shown)\(row.directory)/\(file)") }
            print(row.summary)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// `50 agencies: 48 reported (12 written, 36 unchanged); 2 failed: kab/dinkes, kab/bpbd`.
    static func summary(_ outcomes: [AgencyOutcome]) -> String {
        let written = outcomes.filter { $0.state == .written }.count
        let unchanged = outcomes.filter { $0.state == .unchanged }.count
        let failed = outcomes.filter { $0.row == nil }.map(\.workspace.displayPath)
        var line = "\(outcomes.count) agenc\(outcomes.count == 1 ? "y" : "ies"): \(written + unchanged) reported "
            + "(\(written) written, \(unchanged) unchanged)"
        if !failed.isEmpty { line += "; \(failed.count) failed: " + failed.joined(separator: ", ") }
        return line
    }
}
