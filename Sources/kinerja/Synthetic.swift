import ArgumentParser
import Foundation
import KinerjaKit
import KinerjaSynthetic

/// `kinerja sintetis`: writes synthetic workspaces for the benchmark and for trying many-agency runs.
/// Hidden from the help: it is a tool for the people who build kinerja (see BENCHMARKS.md).
struct Synthetic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sintetis",
        abstract: "Write N synthetic workspaces of M indicators each into a folder, deterministic from a seed.",
        discussion: """
            Every polarity and aggregation, quarterly targets, gaps, earlier years, budget, narrative and a monitoring cycle. The data is invented and says so in each profil.yaml.

            Example:
              kinerja sintetis /tmp/kabupaten --agencies 50 --indicators 60 --seed 1
            """,
        shouldDisplay: false
    )

    @Argument(help: "The folder to write the workspaces into (one subfolder per agency).")
    var folder: String

    @Option(help: "How many agencies.") var agencies = 1
    @Option(help: "How many indicators per agency.") var indicators = 20
    @Option(help: "The seed: the same seed gives the same bytes.") var seed: UInt64 = 1
    @Option(help: "The period of every profile.") var period: ReportPeriod = .quarter(3)

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        for index in 0..<agencies {
            var workspace = SyntheticWorkspace(seed: seed, index: index, indicators: indicators, period: period)
            try workspace.write(to: root.appendingPathComponent("pd-" + (index + 1).zeroPadded(4)))
        }
        print("wrote \(agencies) workspace\(agencies == 1 ? "" : "s") of \(indicators) indicators into \(folder)")
    }
}
