import Foundation

/// The geometry of one small trend line in the LKjIP (HTML): an indicator's annual realisasi over the
/// earlier years and this year, with this year's target as a dashed line (or a shaded band). Only
/// coordinates are computed here; the SVG is written by `_tren.html.mustache`. A missing year breaks
/// the line rather than drawing it through zero.
///
///     values 71,2 · 73,6, target 75: y runs 70,6…75,6 padded; 75 sits near the top, 71,2 near the bottom
struct TrendChart: TemplateView {
    struct Point: Sendable {
        let year: Int
        let value: Decimal?
        let text: String
    }

    static let width: Decimal = 260, height: Decimal = 120
    static let left: Decimal = 22, right: Decimal = 22, top: Decimal = 20, bottom: Decimal = 24
    static let plotWidth: Decimal = width - left - right, plotHeight: Decimal = height - top - bottom

    let points: [Point]
    let target: Target?
    /// The values' span, padded by a tenth at each end: the y axis. Worked out once, not per point.
    private let range: (low: Decimal, high: Decimal)

    init(points: [Point], target: Target?) {
        (self.points, self.target) = (points, target)
        range = Self.range(points, target)
    }

    private static func range(_ points: [Point], _ target: Target?) -> (low: Decimal, high: Decimal) {
        let values = points.compactMap(\.value) + (target.map { [$0.bounds.lower, $0.bounds.upper] } ?? [])
        guard var low = values.min(), var high = values.max() else { return (0, 1) }
        if low == high {
            let pad = abs(low) / 10 + (low == 0 ? 1 : 0)
            low -= pad
            high += pad
        }
        let pad = (high - low) / 10
        return (low - pad, high + pad)
    }

    func x(_ index: Int) -> Decimal {
        let plot = Self.plotWidth
        guard points.count > 1 else { return Self.left + plot / 2 }
        return Self.left + plot * Decimal(index) / Decimal(points.count - 1)
    }

    func y(_ value: Decimal) -> Decimal {
        let (low, high) = range
        let plot = Self.plotHeight
        return Self.top + (high - value) / (high - low) * plot
    }

    /// The constants in Double, for the coordinates worked out without Decimal division (ChartNumber).
    private static let doubles = (
        left: Double(truncating: left as NSDecimalNumber), top: Double(truncating: top as NSDecimalNumber),
        plotWidth: Double(truncating: plotWidth as NSDecimalNumber),
        plotHeight: Double(truncating: plotHeight as NSDecimalNumber)
    )

    /// `x(index)` in Double.
    private func xApproximate(_ index: Int) -> Double {
        let d = Self.doubles
        guard points.count > 1 else { return d.left + d.plotWidth / 2 }
        return d.left + d.plotWidth * Double(index) / Double(points.count - 1)
    }

    /// `y(value)` in Double, the differences taken in Decimal (values may be large and close together).
    private func yApproximate(_ value: Decimal) -> Double? {
        let (low, high) = range
        guard let above = ChartNumber.double(high - value), let span = ChartNumber.double(high - low) else {
            return nil
        }
        return Self.doubles.top + above / span * Self.doubles.plotHeight
    }

    private func xText(_ index: Int) -> String { ChartNumber.text(xApproximate(index)) { x(index) } }

    /// `svg(y(value) + offset)`.
    private func yText(_ value: Decimal, plus offset: Int = 0) -> String {
        ChartNumber.text(yApproximate(value).map { $0 + Double(offset) }) { y(value) + Decimal(offset) }
    }

    static let fields: [ViewField<Self>] = [
        .flag("ada", "whether any year has a value", { $0.points.contains { $0.value != nil } }),
        .text("lebar", "the SVG's width", { _ in BarChart.svg(Self.width) }),
        .text("tinggi", "its height", { _ in BarChart.svg(Self.height) }),
        .text("x_awal", "where the axis starts", { _ in BarChart.svg(Self.left - 10) }),
        .text("x_akhir", "where it ends", { _ in BarChart.svg(Self.width - Self.right + 10) }),
        .text("y_dasar", "the axis's y", { _ in BarChart.svg(Self.height - Self.bottom + 4) }),
        .list("segmen", "the line's pieces: a year without data breaks the line", \.segments),
        .list("titik", "one per year", \.dots),
        .optional("target", "this year's target (absent without one)", \.targetLine),
    ]

    var segments: [Segment] {
        var segments: [Segment] = []
        var current: [String] = []
        for (index, point) in points.enumerated() {
            if let value = point.value {
                current.append("\(xText(index)),\(yText(value))")
            } else if !current.isEmpty {
                segments.append(Segment(points: current.joined(separator: " ")))
                current = []
            }
        }
        if !current.isEmpty { segments.append(Segment(points: current.joined(separator: " "))) }
        return segments
    }

    var dots: [Dot] {
        let svg = BarChart.svg
        return points.enumerated().map { index, point in
            Dot(
                year: "\(point.year)", x: xText(index), text: point.text, present: point.value != nil,
                y: point.value.map { yText($0) } ?? "", textY: point.value.map { yText($0, plus: -7) } ?? "",
                yearY: svg(Self.height - 6), last: index == points.count - 1)
        }
    }

    var targetLine: TargetLine? {
        switch target {
        case .value(let v)?: return TargetLine(band: false, y: yText(v), height: nil)
        case .band(let a, let b)?:
            let height = yApproximate(a).flatMap { ya in yApproximate(b).map { ya - $0 } }
            return TargetLine(band: true, y: yText(b), height: ChartNumber.text(height) { y(a) - y(b) })
        case nil: return nil
        }
    }

    struct Segment: TemplateView {
        let points: String
        static let fields: [ViewField<Self>] = [.text("titik", "an SVG points list", \.points)]
    }

    struct Dot: TemplateView {
        let year: String, x: String, text: String, present: Bool, y: String, textY: String, yearY: String, last: Bool
        static let fields: [ViewField<Self>] = [
            .text("tahun", "the year", \.year),
            .text("x", "its x", \.x),
            .text("teks", "its value", \.text),
            .flag("ada", "whether it has one", \.present),
            .text("y", "the value's y", \.y),
            .text("y_teks", "the y of the value's text", \.textY),
            .text("y_tahun", "the y of the year", \.yearY),
            .flag("terakhir", "true for this year", \.last),
        ]
    }

    struct TargetLine: TemplateView {
        let band: Bool, y: String, height: String?
        static let fields: [ViewField<Self>] = [
            .flag("rentang", "true for a band (`80–90`)", \.band),
            .text("y", "the line's y, the band's top", \.y),
            .optionalText("tinggi", "the band's height (a band only)", \.height),
        ]
    }
}
