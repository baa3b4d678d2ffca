import ArgumentParser
import Foundation
import KinerjaKit

/// `kinerja fuzz`: runs a loader on mutated inputs for a while (`make fuzz`). Hidden from the help: a
/// tool for the people who build kinerja. A crash ends the process; the input that caused it is the
/// file `--current` names, written before every run.
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Feed a loader mutated inputs from a seed corpus until the time is up.",
        shouldDisplay: false
    )

    @Argument(help: "csv, xlsx, profile, sop or template.") var target: String
    @Option(help: "A folder of seed inputs (every file in it, recursively).") var corpus: String
    @Option(help: "How long to run, in seconds.") var seconds: Double = 60
    @Option(help: "The seed of the mutations.") var seed: UInt64 = 1
    @Option(help: "Where each input is written before it runs, to keep the one that crashes.") var current =
        "fuzz-current.bin"

    func run() throws {
        guard let target = FuzzTarget(rawValue: target) else { throw ValidationError("unknown target \(target)") }
        let root = URL(fileURLWithPath: corpus)
        var seeds: [Data] = []
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) ?? .init()
        {
            if let data = try? Data(contentsOf: url), !data.isEmpty { seeds.append(data) }
        }
        var fuzzer = Fuzzer(target: target, corpus: seeds, seed: seed)
        let end = Date().addingTimeInterval(seconds)
        var runs = 0
        for input in seeds {
            target.run(input)
            runs += 1
        }
        while Date() < end {
            let input = fuzzer.next()
            FileManager.default.createFile(atPath: current, contents: input)
            target.run(input)
            runs += 1
        }
        try? FileManager.default.removeItem(atPath: current)
        print("\(target.rawValue): \(runs) inputs, \(seeds.count) seeds, no crash")
    }
}
