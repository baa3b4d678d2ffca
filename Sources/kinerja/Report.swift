import ArgumentParser
import Foundation
import KinerjaKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute every capaian and write the outputs of one workspace.",
        discussion: """
            Writes laporan-pemantauan.md and .html (the quarterly monitoring report), capaian.csv, serapan-anggaran.csv (when the workspace has anggaran.csv), kepatuhan-sop.csv (when it has siklus.csv) and manifest.json into <output>/<slug>/<tahun>-<periode>/. Any error in the input: all problems are printed, the exit status is 1 and nothing is written. Start your own templates with `kinerja templates export DIR`.

            Example:
              kinerja report examples/disdikbud-pesisir-selatan --csv-dialect excel-id
            """
    )

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "The output root; the files go to <output>/<slug>/<tahun>-<periode>/.")
    var output: String = "Output"

    @Option(name: .customLong("csv-dialect"),
            help: "standar: comma, decimal point (for programs); excel-id: semicolon, decimal comma, BOM (for Excel in the Indonesian locale).")
    var csvDialect: CSVDialect = .standar

    func run() throws {
        var log = DiagnosticLog()
        let result = Pipeline.run(options.request(dialect: csvDialect), log: &log)
        printDiagnostics(log)
        guard let result else { throw ExitCode(1) }
        let directory = URL(fileURLWithPath: output).appendingPathComponent(result.relativeDirectory)
        do {
            _ = try OutputWriter.write(result.files, to: directory)
        } catch {
            printError("\(error)")
            throw ExitCode(74)
        }
        let shown = output.hasSuffix("/") ? output : output + "/"
        for file in result.files { print("wrote \(shown)\(result.relativeDirectory)/\(file.name)") }
        print(result.report.summaryLine)
    }
}
