import Foundation

/// The geometry of one small trend line in the LKjIP (HTML): an indicator's annual realisasi over the
/// earlier years and this year, with this year's target as a dashed line (or a shaded band). Only
/// coordinates are computed here; the SVG is written by `_tren.html.mustache`. A missing year breaks
/// the line rather than drawing it through zero.
///
///     values 71,2 · 73,6, target 75: y runs 70,6…75,6 padded; 75 sits near the top, 71,2 near the bottom
struct TrendChart {
    struct Point {
        let year: Int
        let value: Decimal?
        let text: String
    }

    static let width: Decimal = 260, height: Decimal = 120
    static let left: Decimal = 22, right: Decimal = 22, top: Decimal = 20, bottom: Decimal = 24

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
            low -= pad; high += pad
        }
        let pad = (high - low) / 10
        return (low - pad, high + pad)
    }

    func x(_ index: Int) -> Decimal {
        let plot = Self.width - Self.left - Self.right
        guard points.count > 1 else { return Self.left + plot / 2 }
        return Self.left + plot * Decimal(index) / Decimal(points.count - 1)
    }

    func y(_ value: Decimal) -> Decimal {
        let (low, high) = range
        let plot = Self.height - Self.top - Self.bottom
        return Self.top + (high - value) / (high - low) * plot
    }

    var context: [String: Any] {
        let svg = BarChart.svg
        var segments: [[String: Any]] = []
        var current: [String] = []
        for (index, point) in points.enumerated() {
            if let value = point.value {
                current.append("\(svg(x(index))),\(svg(y(value)))")
            } else if !current.isEmpty {
                segments.append(["titik": current.joined(separator: " ")]); current = []
            }
        }
        if !current.isEmpty { segments.append(["titik": current.joined(separator: " ")]) }
        let dots: [[String: Any]] = points.enumerated().map { index, point in
            [
                "tahun": "\(point.year)", "x": svg(x(index)), "teks": point.text, "ada": point.value != nil,
                "y": point.value.map { svg(y($0)) } ?? "", "y_teks": point.value.map { svg(y($0) - 7) } ?? "",
                "y_tahun": svg(Self.height - 6), "terakhir": index == points.count - 1,
            ]
        }
        var context: [String: Any] = [
            "lebar": svg(Self.width), "tinggi": svg(Self.height), "segmen": segments, "titik": dots,
            "x_awal": svg(Self.left - 10), "x_akhir": svg(Self.width - Self.right + 10),
            "y_dasar": svg(Self.height - Self.bottom + 4),
            "ada": points.contains { $0.value != nil },
        ]
        switch target {
        case .value(let v)?:
            context["target"] = ["ada": true, "rentang": false, "y": svg(y(v))]
        case .band(let a, let b)?:
            context["target"] = ["ada": true, "rentang": true, "y": svg(y(b)), "tinggi": svg(y(a) - y(b))]
        case nil:
            context["target"] = ["ada": false]
        }
        return context
    }
}
