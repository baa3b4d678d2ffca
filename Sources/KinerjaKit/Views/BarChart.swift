import Foundation

/// The geometry of the HTML report's bar chart: one horizontal bar per indicator with a capaian, over
/// the rating bands of the scale, with a line at 100%. Only coordinates are computed here; the SVG
/// itself is written by the template (`_grafik.html.mustache`).
///
///     capaian 98,13 on an axis of 0–175 over the 312-wide plot → bar width 175.0
struct BarChart {
    struct Bar {
        let kode: String
        /// nil: the indicator has no capaian; its row shows `–` and the reason.
        let value: Decimal?
        let valueText: String
        let category: String
        let colourStep: Int
    }

    static let width: Decimal = 500, labelWidth: Decimal = 62, valueWidth: Decimal = 126
    static let rowHeight: Decimal = 22, barHeight: Decimal = 14, top: Decimal = 26, bottom: Decimal = 10
    static var plotWidth: Decimal { width - labelWidth - valueWidth }

    let bars: [Bar]
    let scale: RatingScale
    /// The axis runs from 0 to a multiple of 25 that holds every bar, at least 125 and at most 200;
    /// longer bars are cut at the end and marked. Computed once: every coordinate uses it.
    let axisMax: Decimal

    init(bars: [Bar], scale: RatingScale) {
        (self.bars, self.scale) = (bars, scale)
        let highest = bars.compactMap(\.value).max() ?? 0
        var top: Decimal = 125
        while top < highest && top < 200 { top += 25 }
        axisMax = top
    }

    func x(_ value: Decimal) -> Decimal {
        let clipped = min(max(value, 0), axisMax)
        return Self.labelWidth + clipped / axisMax * Self.plotWidth
    }

    static func svg(_ value: Decimal) -> String { value.fixedString(scale: 1) }

    var context: [String: Any] {
        let height = Self.top + Decimal(bars.count) * Self.rowHeight + Self.bottom
        var bands: [[String: Any]] = []
        var upper = axisMax
        for band in scale.bands {
            let lower = min(band.lowerBound ?? 0, axisMax)
            defer { upper = min(upper, lower) }
            guard upper > lower else { continue }
            bands.append(["x": Self.svg(x(lower)), "lebar": Self.svg(x(upper) - x(lower)),
                          "warna": "k\(scale.colourStep(band))", "label": band.label])
        }
        // A grid line every 25%, labelled every 50% so the labels never crowd on a phone.
        let ticks: [[String: Any]] = stride(from: 0, through: NSDecimalNumber(decimal: axisMax).intValue, by: 25).map {
            ["x": Self.svg(x(Decimal($0))), "teks": "\($0)%", "berlabel": $0 % 50 == 0]
        }
        let rows: [[String: Any]] = bars.enumerated().map { offset, bar in
            let y = Self.top + Decimal(offset) * Self.rowHeight
            return [
                "kode": bar.kode, "nilai": bar.valueText, "kategori": bar.category, "warna": "k\(bar.colourStep)",
                "y": Self.svg(y + (Self.rowHeight - Self.barHeight) / 2), "tinggi": Self.svg(Self.barHeight),
                "y_teks": Self.svg(y + Self.rowHeight / 2 + 4),
                "x": Self.svg(Self.labelWidth), "kode_x": Self.svg(Self.labelWidth - 6),
                "lebar": Self.svg(x(bar.value ?? 0) - Self.labelWidth),
                "ada_nilai": bar.value != nil, "terpotong": (bar.value ?? 0) > axisMax,
            ]
        }
        return [
            "lebar": Self.svg(Self.width), "tinggi": Self.svg(height),
            "plot_x": Self.svg(Self.labelWidth), "plot_lebar": Self.svg(Self.plotWidth),
            "plot_bawah": Self.svg(height - Self.bottom), "plot_atas": Self.svg(Self.top - 6),
            "plot_tinggi": Self.svg(height - Self.bottom - (Self.top - 6)),
            "skala_y": Self.svg(Self.top - 10), "nilai_x": Self.svg(Self.width - Self.valueWidth + 6),
            "garis_100_x": Self.svg(x(100)), "pita": bands, "skala": ticks, "batang": rows,
            "ada": bars.contains { $0.value != nil },
        ]
    }
}
