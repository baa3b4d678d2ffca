import ArgumentParser
import Testing

@testable import KinerjaKit
@testable import kinerja

/// `ReportArguments(plain:)` reads a plain `report` command line without argument-parser: whatever it accepts,
/// argument-parser must read to the same values; everything else it leaves to argument-parser.
struct ReportArgumentsTests {
    /// Words a command line may hold: workspaces, every option of `report` with good and bad values, and the
    /// words argument-parser treats specially.
    static let words = [
        "report", "check", "a", "b/c", "help", "x=y", "report", " ", "", "-", "--", "-h", "--help", "--version",
        "--output", "--output=o", "--output=", "--output=-o", "out", "--templates", "--templates=t", "t",
        "--period", "--period=TW1", "TW4", "tw2", "Q3", "TAHUNAN", "annual", "TW5", "--bahasa", "--bahasa=en",
        "en", "id", "fr", "--csv-dialect", "--csv-dialect=excel-id", "excel-id", "standar", "excel", "--pdf",
        "--pdf=true", "--force", "--quiet", "--quiet", "-q", "--frce", "--generate-completion-script", "-o",
        "--experimental-dump-help", "--no-force",
    ]

    /// What argument-parser reads from `arguments` (after `kinerja`): a report's values, or nil when it refuses
    /// them or reads another command.
    static func parsed(_ arguments: [String]) -> ReportArguments? {
        (try? Kinerja.parseAsRoot(arguments) as? Report)?.arguments
    }

    @Test func readsWhatArgumentParserReads() {
        let plain = [
            ["report", "a"], ["report", "a", "b/c", "--force", "--quiet"],
            ["report", "--output", "out", "a", "--period=tw2", "--bahasa", "en", "--csv-dialect", "excel-id"],
            ["report", "a", "--templates=t", "--pdf", "--output=x=y"],
        ]
        for arguments in plain {
            let read = ReportArguments(plain: arguments)
            #expect(read != nil, "\(arguments)")
            #expect(read == Self.parsed(arguments), "\(arguments)")
        }
        #expect(ReportArguments(plain: ["report", "a", "--period", "TW4"])?.period == .quarter(4))
        for refused in [["report"], ["report", "--help"], ["check", "a"], ["report", "a", "--period", "TW5"]] {
            #expect(ReportArguments(plain: refused) == nil, "\(refused)")
        }
    }

    /// 1 000 random command lines of those words: each one the plain reader accepts, argument-parser reads
    /// to the same values (it would fail when, say, `--quiet` set `force`, or `TW5` were taken).
    @Test func agreesWithArgumentParserOnRandomLines() {
        var generator = SeededGenerator(seed: 22)
        var accepted = 0
        for _ in 0..<1_000 {
            var arguments = [Bool.random(using: &generator) || Bool.random(using: &generator) ? "report" : "check"]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                arguments.append(Self.words.randomElement(using: &generator)!)
            }
            guard let read = ReportArguments(plain: arguments) else { continue }
            accepted += 1
            #expect(read == Self.parsed(arguments), "\(arguments)")
        }
        #expect(accepted > 50)
    }
}
