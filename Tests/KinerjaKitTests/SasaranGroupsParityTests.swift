import Foundation
import Testing

@testable import KinerjaKit

/// `SasaranGroups` (issue 22) groups the results and budget lines by sasaran as filtering them once for each
/// statement did: the statements in the order they first appear, each one's results, and the budget lines whose
/// induk is a kode of its results, in their order.
struct SasaranGroupsParityTests {
    @Test func groupsAsFilteringEachStatementDid() {
        var random = SeededGenerator(seed: 91)
        // Statements that are equal as texts though not as bytes (é composed and not), and kodes repeated.
        let statements = ["Sasaran 1", "Sasaran 2", "caf\u{E9}", "cafe\u{301}", "", "Sasaran 3"]
        let kodes = ["IKU-01", "IKU-02", "IKU-03", "\u{E9}", "e\u{301}", "IKU-04"]
        for round in 0..<300 {
            let results = (0..<Int.random(in: 0...14, using: &random)).map { index in
                Self.result(
                    kode: kodes.randomElement(using: &random)!, sasaran: statements.randomElement(using: &random)!,
                    line: index)
            }
            let budget = (0..<Int.random(in: 0...10, using: &random)).map { index in
                BudgetLineResult(
                    line: BudgetLine(
                        kode: "1.0\(index)", name: "Kegiatan",
                        indicator: (kodes + [nil]).randomElement(using: &random)!,
                        ceiling: 1, spending: [], line: index),
                    quarterSpending: [], spent: nil, absorption: nil)
            }
            // The way before: filtering for every statement.
            var expected: [String] = []
            for result in results where !expected.contains(result.indicator.sasaran) {
                expected.append(result.indicator.sasaran)
            }
            let groups = SasaranGroups(results: results, budget: budget)
            #expect(groups.statements == expected, "round \(round)")
            guard groups.statements.count == expected.count else { continue }
            for (offset, statement) in expected.enumerated() {
                let members = results.filter { $0.indicator.sasaran == statement }
                let memberKodes = Set(members.map(\.indicator.kode))
                let lines = budget.filter { $0.line.indicator.map(memberKodes.contains) ?? false }
                #expect(groups.members[offset].map { results[$0].indicator.line } == members.map(\.indicator.line))
                #expect(groups.lines[offset].map { budget[$0].line.line } == lines.map(\.line.line), "round \(round)")
            }
        }
    }

    private static func result(kode: String, sasaran: String, line: Int) -> IndicatorResult {
        let indicator = Indicator(
            kode: kode, level: .sasaran, sasaran: sasaran, name: "Indikator", unit: "%", polarity: .positif,
            aggregation: .terakhir, target: nil, quarterTargets: [], baseline: nil, renstraTarget: nil, isKey: true,
            parent: nil, responsibleUnit: nil, negativeFormula: nil, nationalStandard: nil, definition: nil, line: line)
        return IndicatorResult(
            indicator: indicator, quarterValues: [], periodValue: nil, realisasi: nil,
            capaian: Achievement(value: nil, status: .tanpaTarget, rule: .positif), unreported: nil, category: nil,
            periodTarget: nil, periodCapaian: nil, renstraCapaian: nil, lastYearValue: nil, history: [], note: nil,
            evidence: nil)
    }
}
