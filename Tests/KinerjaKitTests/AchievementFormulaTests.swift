import Foundation
import Testing

@testable import KinerjaKit

/// Every worked example and every edge case of docs/aturan-capaian.md.
struct AchievementFormulaTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let polarity: Polarity
        let formula: NegativeFormula
        let target: Target
        let realisasi: Decimal
        let printed: String
        let status: CapaianStatus
        var testDescription: String { "\(polarity) \(formula) T=\(target) R=\(realisasi) → \(printed)" }
    }

    /// The table "Worked examples" of docs/aturan-capaian.md, row by row.
    static let workedExamples: [Example] = [
        Example(
            polarity: .positif, formula: .selisih, target: .value(90), realisasi: 100, printed: "111,11", status: .ok),
        Example(polarity: .positif, formula: .selisih, target: .value(3), realisasi: 5, printed: "166,67", status: .ok),
        Example(
            polarity: .negatif, formula: .selisih, target: .value(20), realisasi: 15, printed: "125,00", status: .ok),
        Example(
            polarity: .negatif, formula: .selisih, target: .value(10), realisasi: 25, printed: "0,00",
            status: .dibatasiNol),
        Example(polarity: .negatif, formula: .rasio, target: .value(20), realisasi: 16, printed: "125,00", status: .ok),
        Example(
            polarity: .negatif, formula: .selisih, target: .band(lower: 7, upper: 8), realisasi: decimal("6.5"),
            printed: "107,14", status: .ok),
        Example(
            polarity: .negatif, formula: .selisih, target: .band(lower: 7, upper: 8), realisasi: 9, printed: "87,50",
            status: .ok),
        Example(
            polarity: .positif, formula: .selisih, target: .band(lower: 80, upper: 90), realisasi: 70, printed: "87,50",
            status: .ok),
        Example(
            polarity: .rentang, formula: .selisih, target: .band(lower: 95, upper: 105), realisasi: 110,
            printed: "95,24", status: .ok),
    ]

    @Test(arguments: workedExamples)
    func workedExample(_ example: Example) {
        let result = AchievementFormula.achievement(
            realisasi: example.realisasi, target: example.target, polarity: example.polarity,
            negativeFormula: example.formula)
        #expect(result.value.map { NumberStyle.indonesian.format($0, scale: 2) } == example.printed)
        #expect(result.status == example.status)
    }

    /// The table "Edge cases": each gets its status, never a crash and never a silent 0.
    @Test func edgeCases() {
        func run(_ p: Polarity, _ f: NegativeFormula = .selisih, t: Target?, r: Decimal?) -> Achievement {
            AchievementFormula.achievement(realisasi: r, target: t, polarity: p, negativeFormula: f)
        }
        #expect(run(.positif, t: .value(90), r: nil) == Achievement(value: nil, status: .belumAdaData, rule: .positif))
        #expect(run(.positif, t: nil, r: 5) == Achievement(value: nil, status: .tanpaTarget, rule: .positif))
        #expect(run(.positif, t: .value(0), r: 5) == Achievement(value: nil, status: .targetNol, rule: .positif))
        #expect(run(.negatif, t: .value(0), r: 0) == Achievement(value: 100, status: .targetNol, rule: .negatifSelisih))
        #expect(run(.negatif, t: .value(0), r: 3) == Achievement(value: 0, status: .targetNol, rule: .negatifSelisih))
        #expect(
            run(.negatif, .rasio, t: .value(0), r: 0)
                == Achievement(value: 100, status: .targetNol, rule: .negatifRasio))
        #expect(
            run(.negatif, .rasio, t: .value(0), r: 2) == Achievement(value: 0, status: .targetNol, rule: .negatifRasio))
        #expect(
            run(.negatif, .rasio, t: .value(20), r: 0)
                == Achievement(value: nil, status: .takTerhingga, rule: .negatifRasio))
        #expect(
            run(.negatif, t: .value(10), r: 25) == Achievement(value: 0, status: .dibatasiNol, rule: .negatifSelisih))
        // Exactly 2T is 0 by the formula itself, not by the floor.
        #expect(run(.negatif, t: .value(10), r: 20) == Achievement(value: 0, status: .ok, rule: .negatifSelisih))
        // Above the band, a negatif band and a rentang floor at 0 too.
        #expect(run(.rentang, t: .band(lower: 95, upper: 105), r: 250).status == .dibatasiNol)
        #expect(run(.negatif, t: .band(lower: 7, upper: 8), r: 17).status == .dibatasiNol)
    }

    @Test func bandRules() {
        func value(_ p: Polarity, _ a: Decimal, _ b: Decimal, _ r: Decimal) -> String? {
            AchievementFormula.achievement(
                realisasi: r, target: .band(lower: a, upper: b), polarity: p, negativeFormula: .rasio
            )
            .value.map { NumberStyle.indonesian.format($0, scale: 2) }
        }
        // Inside the band (ends included) is 100 for every polarity.
        for p in Polarity.allCases {
            #expect(value(p, 80, 90, 80) == "100,00")
            #expect(value(p, 80, 90, 90) == "100,00")
        }
        #expect(value(.positif, 80, 90, 99) == "110,00")  // R / b
        #expect(value(.rentang, 95, 105, 76) == "80,00")  // R / a
        // A band ignores rumus_negatif: the band rules are selisih-shaped (docs/aturan-capaian.md).
        #expect(value(.negatif, 7, 8, 9) == "87,50")
    }

    @Test func rulesAreNamedForTheFootnotes() {
        #expect(AchievementFormula.rule(for: .value(1), polarity: .negatif, negativeFormula: .rasio) == .negatifRasio)
        #expect(
            AchievementFormula.rule(for: .band(lower: 1, upper: 2), polarity: .negatif, negativeFormula: .rasio)
                == .negatifBand)
        #expect(
            AchievementFormula.rule(for: .band(lower: 1, upper: 2), polarity: .positif, negativeFormula: .selisih)
                == .positifBand)
        #expect(AchievementFormula.rule(for: nil, polarity: .rentang, negativeFormula: .selisih) == .rentang)
    }
}
