import Foundation
import Testing

@testable import KinerjaKit

/// A mark typed as the decimal point in a file that proves the decimal comma groups thousands: `88.100` for
/// 88,1 % reads as 88 100 %, which is said at the cell (a planner's trial had a capaian of 95 491 % in silence).
struct ImplausiblePercentTests {
    @Test func aPercentOverAHundredTimesItsTargetIsSaidAtTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = try folder.example("ws", realisasi: "IKU-01;TW3;73,6;", typed: "IKU-01;TW3;73.600;")
        var log = DiagnosticLog()
        _ = Pipeline.compute(
            RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log)
        let said = log.warnings.filter { $0.message.en.contains("more than ten times its target") }
        #expect(
            said.map(\.description) == [
                "ws/realisasi.csv:5:12: warning: nilai 73.600 of IKU-01 is read as 73.600 %, more than ten times its target 75 %; if a mark in it was meant as the decimal point (73.600 for 73,6), type the decimal mark this file uses, or, in a cell formatted as a percent, the fraction"
            ])
        #expect(log.warnings.filter(\.isDoubt).count == 1)
        // 73,6 as typed in the example: nothing to say.
        var clean = DiagnosticLog()
        _ = Pipeline.compute(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &clean)
        #expect(!clean.warnings.contains { $0.message.en.contains("times its target") })
    }

    /// The same slip on a nilai, an indeks or a count: 84.000 typed for 84 in a file of decimal commas (a
    /// planner's trial: an indeks read as 83 000 gave a capaian of 33 805,57 % in silence).
    @Test func anyValueOverAHundredTimesItsTargetIsSaidAtTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = try folder.example("ws", realisasi: "IKU-13;TW3;84;", typed: "IKU-13;TW3;84.000;")
        var log = DiagnosticLog()
        _ = Pipeline.compute(
            RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log)
        #expect(
            log.warnings.filter(\.isDoubt).map(\.description) == [
                "ws/realisasi.csv:49:12: warning: nilai 84.000 of IKU-13 is read as 84.000, more than a hundred times its target 82; if a mark in it was meant as the decimal point (84.000 for 84), type the decimal mark this file uses"
            ])
    }

    @Test func theThresholds() {
        #expect(ImplausibleValue.times(70_100, target: 72.5, percent: false) == 100)
        #expect(ImplausibleValue.times(7_249, target: 72.5, percent: false) == nil)
        #expect(ImplausibleValue.times(5_500, target: 60, percent: true) == 10)
        #expect(ImplausibleValue.times(999, target: 2, percent: true) == nil, "a small percent target far exceeded")
        #expect(ImplausibleValue.times(140, target: 120, percent: true) == nil)
        #expect(ImplausibleValue.times(500, target: 0, percent: false) == nil, "no ratio to a zero target")
        #expect(ImplausibleValue.times(-9_000, target: 5, percent: false) == nil)
        #expect(ImplausibleValue.times(7_250, target: 72.5, percent: false) == 100, "exactly a hundred times")
        #expect(ImplausibleValue.times(1_000, target: 100, percent: true) == 10, "exactly ten times, and 1 000")
        #expect(
            ImplausibleValue.times(1, target: Decimal(sign: .plus, exponent: 125, significand: 1), percent: false)
                == nil)
    }
}
