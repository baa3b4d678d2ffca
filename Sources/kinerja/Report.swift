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

    @Argument(
        help: "Workspace folders (profil.yaml, indikator.csv, realisasi.csv, …), or folders of workspaces.",
        completion: .directory)
    var workspaces: [String]

    @OptionGroup var options: WorkspaceOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "The output root; the files go to <output>/<slug>/<tahun>-<periode>/.", completion: .directory)
    var output: String = "Output"

    @Option(
        name: .customLong("csv-dialect"),
        help:
            "standar: comma, decimal point (for programs); excel-id: semicolon, decimal comma, BOM (for Excel in the Indonesian locale). Default: `csv` in profil.yaml, else standar."
    )
    var csvDialect: CSVDialect?

    @Flag(
        help:
            "Also write laporan-pemantauan.pdf, ringkasan.pdf and (TW4, TAHUNAN) lkjip.pdf: PDF/A-3b with capaian.csv and serapan-anggaran.csv inside, printed by WeasyPrint (pip install \"weasyprint>=62\"). Default: `pdf` in profil.yaml, else no PDF."
    )
    var pdf = false

    @Flag(
        help:
            "Write every agency again, even when its outputs are current; into a signed folder too, removing its manifest.sig, which would no longer hold."
    )
    var force = false

    @Flag(help: "Print nothing but errors: no progress, no written files, no warnings, no summary.")
    var quiet = false

    func validate() throws { try requireWorkspaces(workspaces, language) }

    func run() throws {
        let outcome = arguments.run()
        try finish(outcome)
        // Once everything is printed the process ends, without releasing the run's templates and outcomes
        // object by object (about a millisecond of a one-agency run).
        withExtendedLifetime(outcome) { Foundation.exit(0) }
    }

    /// The parsed options as plain values.
    var arguments: ReportArguments {
        ReportArguments(
            workspaces: workspaces, period: options.period, templates: options.templates, bahasa: language.bahasa,
            output: output, csvDialect: csvDialect, pdf: pdf, force: force, quiet: quiet)
    }
}
