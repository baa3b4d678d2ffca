import Foundation
import Testing

@testable import KinerjaKit

/// The fuzz harness (`make fuzz`, FUZZING.md) mutates deterministically and every target takes any bytes.
struct FuzzHarnessTests {
    @Test func mutationsFollowFromTheSeed() {
        let corpus = [Data("kode,periode,nilai\nIKU-01,TW1,5\n".utf8)]
        var a = Fuzzer(target: .csv, corpus: corpus, seed: 7), b = Fuzzer(target: .csv, corpus: corpus, seed: 7)
        let first = (0..<50).map { _ in a.next() }
        #expect(first == (0..<50).map { _ in b.next() })
        #expect(Set(first).count > 25, "the inputs differ from one another")
    }

    /// A short run of every target over seeds from the repository; a trap would end the test process.
    @Test(arguments: FuzzTarget.allCases)
    func everyTargetTakesMutatedInput(_ target: FuzzTarget) throws {
        let seeds: [URL] =
            switch target {
            case .csv:
                [
                    Paths.example.appendingPathComponent("realisasi.csv"),
                    Paths.example.appendingPathComponent("indikator.csv"),
                ]
            case .xlsx: [Paths.fixtures.appendingPathComponent("planner/dinkes-lo/data.xlsx")]
            case .profile: [Paths.example.appendingPathComponent("profil.yaml")]
            case .sop: [Paths.root.appendingPathComponent("SOP/kecamatan-sutera.yaml")]
            case .template: [Paths.templates.appendingPathComponent("ringkasan.md.mustache")]
            }
        var fuzzer = Fuzzer(target: target, corpus: try seeds.map { try Data(contentsOf: $0) }, seed: 1)
        for _ in 0..<300 { target.run(fuzzer.next()) }
    }
}
