import ArgumentParser
import Foundation
import KinerjaKit

@main
struct Kinerja: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinerja",
        abstract: "Turns an agency's performance data into its monitoring reports.",
        discussion: """
            A workspace is a folder with profil.yaml, indikator.csv, realisasi.csv and optionally anggaran.csv, siklus.csv, sop.yaml and narasi/ (`kinerja panduan` prints the planner's guide). `kinerja aturan` prints the rules every figure is computed by. Exit status: 0 success, 1 problems in the input (that workspace is not written), 2 `verify` without --key (integrity only), 64 wrong use of the command, 74 an output could not be written.
            """,
        version: KinerjaVersion.line,
        subcommands: [
            Init.self, Report.self, Check.self, Rules.self, Guide.self, Templates.self, SOPCommand.self, Keygen.self,
            Sign.self, Verify.self, Synthetic.self, Fuzz.self,
        ]
    )

    /// A plain `kinerja report …` is read without argument-parser (`ReportArguments(plain:)`); every other
    /// command line, and every mistake in one, goes through argument-parser as before. The process ends
    /// once everything is printed, without releasing the run's templates and outcomes object by object.
    static func main() {
        guard let report = ReportArguments(plain: Array(CommandLine.arguments.dropFirst())) else { return main(nil) }
        let outcome = report.run()
        do { try finish(outcome) } catch { exit(withError: error) }
        withExtendedLifetime(outcome) { Foundation.exit(0) }
    }
}
