import ArgumentParser
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

    /// Tunes malloc before anything is parsed or run (`HeapTrimming`), then runs the command.
    static func main() {
        HeapTrimming.apply()
        main(nil)
    }
}
