import Foundation
import Testing

@testable import KinerjaKit

/// The charts' coordinates worked out in Double (`ChartNumber`) print what the Decimal formulas print.
struct ChartNumberTests {
    /// A value of 0 to 4 decimals up to `top`.
    func value(_ random: inout SeededGenerator, top: Int) -> Decimal {
        let places = Int.random(in: 0...4, using: &random)
        let units = Int.random(in: 0...(top * 10_000), using: &random) / Int(pow(10, Double(4 - places)))
        return Decimal(units) / Decimal(sign: .plus, exponent: places, significand: 1)
    }

    @Test func barChartCoordinatesAreTheDecimalOnes() {
        var random = SeededGenerator(seed: 22)
        // 23,75 on an axis of 200 is a bar of exactly 37,05: a rounding point, left to the Decimal formula.
        var sets: [[Decimal]] = [[23.75, 180], [98.13, 166.67]]
        for _ in 0..<400 {
            sets.append((0..<Int.random(in: 1...12, using: &random)).map { _ in value(&random, top: 260) })
        }
        // Capaian as the engine makes them: quotients of 38 digits (10⁻³⁴ and beyond), read in two steps.
        for _ in 0..<400 {
            sets.append(
                (0..<Int.random(in: 1...12, using: &random)).map { _ in
                    value(&random, top: 260) / (value(&random, top: 3) + 1) * 100 / 100
                })
        }
        for values in sets {
            let chart = BarChart(
                bars: values.map { BarChart.Bar(kode: "X", value: $0, valueText: "", category: "", colourStep: 0) },
                scale: .permendagri86)
            #expect(chart.rows.map(\.width) == values.map { BarChart.svg(chart.x($0) - BarChart.labelWidth) })
            #expect(chart.ticks.map(\.x) == chart.ticks.indices.map { BarChart.svg(chart.x(Decimal($0 * 25))) })
            for band in chart.bandViews {
                let lower = chart.scale.bands.first { $0.label == band.label }?.lowerBound ?? 0
                #expect(band.x == BarChart.svg(chart.x(min(lower, chart.axisMax))))
            }
        }
        let tie = BarChart(
            bars: [23.75, 180].map { BarChart.Bar(kode: "X", value: $0, valueText: "", category: "", colourStep: 0) },
            scale: .permendagri86)
        #expect(tie.rows.first?.width == "37.1")
    }

    /// A quotient of 38 digits reads as the Double its digits parse to, within a few units in the last place.
    @Test func quotientsReadAsTheirDoubles() throws {
        var random = SeededGenerator(seed: 24)
        for _ in 0..<2_000 {
            let quotient = value(&random, top: 260) / (value(&random, top: 3) + 1)
            let double = try #require(ChartNumber.double(quotient))
            let parsed = try #require(Double(quotient.description))
            #expect(abs(double - parsed) <= abs(parsed) * 1e-15, "\(quotient)")
        }
    }

    @Test func trendChartCoordinatesAreTheDecimalOnes() {
        var random = SeededGenerator(seed: 23)
        for round in 0..<300 {
            // Large values close together too (rupiah), where a Double difference would lose digits.
            let base: Decimal = round % 3 == 0 ? 20_415_109_000 : 0
            let points = (0..<Int.random(in: 1...6, using: &random)).map { year in
                TrendChart.Point(
                    year: 2020 + year,
                    value: Int.random(in: 0..<5, using: &random) == 0 ? nil : base + value(&random, top: 200),
                    text: "")
            }
            let a = base + value(&random, top: 200), b = a + value(&random, top: 20)
            let target: Target? = [nil, .value(a), .band(lower: a, upper: b)][round % 3]
            let chart = TrendChart(points: points, target: target)
            #expect(
                chart.dots.map(\.y) == points.map { $0.value.map { BarChart.svg(chart.y($0)) } ?? "" })
            #expect(
                chart.dots.map(\.textY) == points.map { $0.value.map { BarChart.svg(chart.y($0) - 7) } ?? "" })
            #expect(chart.dots.map(\.x) == points.indices.map { BarChart.svg(chart.x($0)) })
            if case .band(let lower, let upper)? = target {
                #expect(chart.targetLine?.height == BarChart.svg(chart.y(lower) - chart.y(upper)))
                #expect(chart.targetLine?.y == BarChart.svg(chart.y(upper)))
            }
        }
    }
}
