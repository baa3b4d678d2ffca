import Foundation
import KinerjaKit

/// One synthetic indicator: its definition and its values, drawn together so they fit each other
/// (a `jumlah` indicator gets per-quarter amounts, a `negatif` one a value where lower is better).
struct IndicatorPlan {
    var kode = "", level = "sasaran", sasaran = 1, name = "", unit = "%"
    var polarity = "positif", aggregation = "terakhir"
    var targetText = "", renstraText = ""
    var quarterTargets: [Decimal?] = [nil, nil, nil, nil]
    var baseline: Decimal = 0
    var parent: String?
    var standard: Decimal?
    /// No realisasi row at all (status belum-ada-data).
    var noData = false
    /// Well behind its target; its last value carries a catatan.
    var lagging = false
    /// TW1…TW4; nil is a quarter without a row (a gap).
    var values: [Decimal?] = [nil, nil, nil, nil]
    var earlierYears: [(year: Int, value: Decimal)] = []

    /// `count` indicators over about one sasaran per five indicators; each sasaran's first indicator is
    /// an IKU at sasaran level, the others a mix of sasaran, program and kegiatan indicators.
    static func make<G: RandomNumberGenerator>(count: Int, random: inout G) -> [IndicatorPlan] {
        let sasaranCount = max(1, (count + 4) / 5)
        return (0..<count).map { i in
            var p = IndicatorPlan()
            func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
            func hundredths(_ range: ClosedRange<Int>) -> Decimal {
                Decimal(Int.random(in: range, using: &random)) / 100
            }
            p.sasaran = i % sasaranCount + 1
            let roll = Int.random(in: 0..<100, using: &random)
            p.level = i < sasaranCount || roll < 55 ? "sasaran" : roll < 80 ? "program" : "kegiatan"
            p.kode = (p.level == "sasaran" ? "IKU" : p.level == "program" ? "PRG" : "KEG") + "-" + (i + 1).zeroPadded(3)
            if p.level != "sasaran" { p.parent = "IKU-" + p.sasaran.zeroPadded(3) }

            let polarityRoll = Int.random(in: 0..<100, using: &random)
            p.polarity = polarityRoll < 70 ? "positif" : polarityRoll < 90 ? "negatif" : "rentang"
            let factor = hundredths(55...135)
            p.lagging = factor < Decimal(0.8)
            switch p.polarity {
            case "positif":
                let aggregationRoll = Int.random(in: 0..<100, using: &random)
                p.aggregation = aggregationRoll < 60 ? "terakhir" : aggregationRoll < 85 ? "jumlah" : "rata-rata"
                if p.aggregation == "jumlah" {
                    p.unit = ["orang", "dokumen", "kegiatan"][i % 3]
                    p.name = "Jumlah layanan yang diberikan"
                    let target = Decimal(Int.random(in: 40...4000, using: &random))
                    p.targetText = IndicatorPlan.text(target)
                    p.renstraText = IndicatorPlan.text(target * Decimal(1.2))
                    p.baseline = target * Decimal(0.7)
                    if chance(30) { p.quarterTargets = Array(repeating: target / 4, count: 4) }
                    for q in 0..<4 {
                        p.values[q] = (target * factor / 4 * hundredths(70...130)).roundedForDisplay(scale: 0)
                    }
                    p.earlierYears = earlier(target, &random)
                } else {
                    p.unit = i % 4 == 0 ? "indeks" : "%"
                    p.name =
                        p.aggregation == "terakhir" ? "Persentase layanan sesuai standar" : "Rata-rata indeks kepuasan"
                    let target = hundredths(6000...9500)
                    p.targetText = IndicatorPlan.text(target)
                    p.renstraText = IndicatorPlan.text(min(target * Decimal(1.1), 100))
                    p.baseline = target * Decimal(0.8)
                    if chance(30) {
                        p.quarterTargets = [Decimal(0.7), Decimal(0.8), Decimal(0.9), 1].map {
                            (target * $0).roundedForDisplay(scale: 2)
                        }
                    }
                    for q in 0..<4 {
                        p.values[q] = (target * factor * (Decimal(85 + 5 * q) / 100)).roundedForDisplay(scale: 2)
                    }
                    p.earlierYears = earlier(target, &random)
                }
            case "negatif":
                p.aggregation = chance(70) ? "terakhir" : "rata-rata"
                p.unit = chance(50) ? "%" : "per 1.000 KH"
                p.name = "Angka kasus yang harus ditekan"
                let target = hundredths(50...1500)
                p.targetText = IndicatorPlan.text(target)
                p.renstraText = IndicatorPlan.text((target * Decimal(0.8)).roundedForDisplay(scale: 2))
                p.baseline = (target * Decimal(1.3)).roundedForDisplay(scale: 2)
                for q in 0..<4 {
                    p.values[q] = max(
                        (target * (2 - factor) * hundredths(90...110)).roundedForDisplay(scale: 2), Decimal(0.01))
                }
                p.earlierYears = earlier(target * Decimal(1.2), &random)
            default:
                p.name = "Rasio dalam rentang ideal"
                let low = Int.random(in: 90...95, using: &random)
                p.targetText = "\(low)-\(low + 10)"
                p.renstraText = p.targetText
                p.baseline = Decimal(low + 12)
                for q in 0..<4 { p.values[q] = Decimal(low + 5) + hundredths(-1500...1500) }
                p.earlierYears = earlier(Decimal(low + 5), &random)
            }
            if p.level == "sasaran", chance(20) { p.standard = IndicatorPlan.decimal(p.renstraText) }
            if p.level != "sasaran" { (p.earlierYears, p.renstraText) = ([], "") }
            // Gaps, as real spreadsheets have them: a missing quarter, no data at all, no target yet.
            for q in 0..<4 where chance(5) { p.values[q] = nil }
            if i > 0, chance(3) { p.noData = true }
            if i > 0, chance(2) { (p.targetText, p.quarterTargets) = ("", [nil, nil, nil, nil]) }
            return p
        }
    }

    /// Annual values of 2021–2023 around `level`; about one year in ten is missing.
    private static func earlier<G: RandomNumberGenerator>(
        _ level: Decimal, _ random: inout G
    ) -> [(year: Int, value: Decimal)] {
        (2021...2023).compactMap { year in
            guard Int.random(in: 0..<10, using: &random) > 0 else { return nil }
            return (year, (level * Decimal(Int.random(in: 80...100, using: &random)) / 100).roundedForDisplay(scale: 2))
        }
    }

    static func text(_ value: Decimal) -> String { SyntheticWorkspace.number(value.roundedForDisplay(scale: 2)) }

    static func decimal(_ text: String) -> Decimal? {
        text.contains("-") ? nil : Decimal(string: text.replacingOccurrences(of: ",", with: "."))
    }
}
