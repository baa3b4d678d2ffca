import Foundation

/// The geometry of the HTML report's bar chart: one horizontal bar per indicator with a capaian, over
/// the rating bands of the scale, with a line at 100%. Only coordinates are computed here; the SVG
/// itself is written by the template (`_grafik.html.mustache`).
///
///     capaian 98,13 on an axis of 0–175 over the 312-wide plot → bar width 175.0
struct BarChart: TemplateView {
    struct Bar: Sendable {
        let kode: String
        /// nil: the indicator has no capaian; its row shows `–` and the reason.
        let value: Decimal?
        let valueText: String
        let category: String
        let colourStep: Int
    }

    static let width: Decimal = 500, labelWidth: Decimal = 62, valueWidth: Decimal = 126
    static let rowHeight: Decimal = 22, barHeight: Decimal = 14, top: Decimal = 26, bottom: Decimal = 10
    static let plotWidth: Decimal = width - labelWidth - valueWidth
    /// The same in Double and whole numbers, for the coordinates worked out without Decimal division.
    private static let labelX = Double(truncating: labelWidth as NSDecimalNumber)
    private static let plotLength = Double(truncating: plotWidth as NSDecimalNumber)
    private static let rowLayout = (
        top: Int(truncating: top as NSDecimalNumber), row: Int(truncating: rowHeight as NSDecimalNumber),
        bar: Int(truncating: (rowHeight - barHeight) / 2 as NSDecimalNumber),
        text: Int(truncating: rowHeight / 2 + 4 as NSDecimalNumber)
    )

    let bars: [Bar]
    let scale: RatingScale
    /// The axis runs from 0 to a multiple of 25 that holds every bar, at least 125 and at most 200;
    /// longer bars are cut at the end and marked. Computed once: every coordinate uses it.
    let axisMax: Decimal
    /// `axisMax` as a whole number (125…200), for the coordinates worked out in Double (ChartNumber).
    private let axisLength: Int

    /// The names' values, worked out once when the chart is built: the template reads each of them many
    /// times (the Markdown and the HTML report, each row's names), and a read is then a field load.
    private(set) var hasValue = false
    private(set) var heightText = "", plotBottomText = "", plotHeightText = "", line100Text = ""
    private(set) var bandViews: [BandView] = []
    /// A grid line every 25%, labelled every 50% so the labels never crowd on a phone.
    private(set) var ticks: [Tick] = []
    private(set) var rows: [Row] = []

    init(bars: [Bar], scale: RatingScale) {
        (self.bars, self.scale) = (bars, scale)
        let highest = Self.largest(bars.compactMap(\.value)) ?? 0
        var top = 125
        while DecimalOrder.less(Decimal(top), highest) && top < 200 { top += 25 }
        (axisMax, axisLength) = (Decimal(top), top)
        hasValue = bars.contains { $0.value != nil }
        // Foundation's arithmetic, from the parts (DecimalArithmetic): its own costs thousands of instructions.
        let height = self.height, plotBottom = DecimalArithmetic.difference(height, Self.bottom)
        heightText = Self.svg(height)
        plotBottomText = Self.svg(plotBottom)
        plotHeightText = Self.svg(DecimalArithmetic.difference(plotBottom, DecimalArithmetic.difference(Self.top, 6)))
        line100Text = Self.svg(x(100))
        bandViews = makeBandViews()
        ticks = makeTicks()
        rows = makeRows()
    }

    func x(_ value: Decimal) -> Decimal {
        DecimalArithmetic.sum(
            Self.labelWidth,
            DecimalArithmetic.product(DecimalArithmetic.quotient(clipped(value), axisMax), Self.plotWidth))
    }

    /// The length of a bar of `value` from the plot's start: `x(value) - labelWidth`, in Double.
    private func length(_ value: Decimal) -> Double? {
        ChartNumber.double(clipped(value)).map { $0 / Double(axisLength) * Self.plotLength }
    }

    /// `min(max(value, 0), axisMax)`, compared by `DecimalOrder` (Foundation's `<` costs some 1 400
    /// instructions, and every bar and band compares several times).
    private func clipped(_ value: Decimal) -> Decimal { Self.smaller(Self.larger(value, 0), axisMax) }

    /// `Swift.max(x, y)`, `Swift.min(x, y)` and `values.max()` as the standard library chooses (of two equal
    /// values, `max` takes `y` and `min` takes `x`; `max()` the first largest), compared by `DecimalOrder`: equal
    /// Decimals may be written differently (`100`, `100.0`), so which one is kept is kept too.
    static func larger(_ x: Decimal, _ y: Decimal) -> Decimal { DecimalOrder.less(y, x) ? x : y }
    static func smaller(_ x: Decimal, _ y: Decimal) -> Decimal { DecimalOrder.less(y, x) ? y : x }
    static func largest(_ values: [Decimal]) -> Decimal? {
        guard var result = values.first else { return nil }
        for value in values.dropFirst() where DecimalOrder.less(result, value) { result = value }
        return result
    }

    /// `svg(x(value))`.
    func xText(_ value: Decimal) -> String {
        ChartNumber.text(length(value).map { Self.labelX + $0 }) { x(value) }
    }

    static func svg(_ value: Decimal) -> String { value.fixedString(scale: 1) }

    var height: Decimal {
        DecimalArithmetic.sum(
            DecimalArithmetic.sum(Self.top, DecimalArithmetic.product(Decimal(bars.count), Self.rowHeight)), Self.bottom
        )
    }

    /// The constants' texts, printed once.
    private static let widthText = svg(width), plotXText = svg(labelWidth), plotWidthText = svg(plotWidth)
    private static let plotTopText = svg(top - 6), scaleYText = svg(top - 10)
    private static let valueXText = svg(width - valueWidth + 6)

    static let fields: [ViewField<Self>] = [
        .flag("ada", "whether any indicator has a capaian", \.hasValue),
        .text("lebar", "the SVG's width", { _ in widthText }),
        .text("tinggi", "its height", \.heightText),
        .text("plot_x", "where the bars start", { _ in plotXText }),
        .text("plot_lebar", "the plot's width", { _ in plotWidthText }),
        .text("plot_atas", "the plot's top", { _ in plotTopText }),
        .text("plot_bawah", "the plot's bottom", \.plotBottomText),
        .text("plot_tinggi", "the plot's height", \.plotHeightText),
        .text("skala_y", "the y of the axis labels", { _ in scaleYText }),
        .text("nilai_x", "the x of the values", { _ in valueXText }),
        .text("garis_100_x", "the x of the line at 100%", \.line100Text),
        .list("pita", "the rating bands", \.bandViews),
        .list("skala", "grid lines every 25%", \.ticks),
        .list("batang", "one per indicator", \.rows),
    ]

    private func makeBandViews() -> [BandView] {
        var bands: [BandView] = []
        var upper = axisMax
        for band in scale.bands {
            let lower = Self.smaller(band.lowerBound ?? 0, axisMax)
            defer { upper = Self.smaller(upper, lower) }
            guard DecimalOrder.less(lower, upper) else { continue }
            bands.append(
                BandView(
                    x: xText(lower),
                    width: ChartNumber.text(length(upper).flatMap { u in length(lower).map { u - $0 } }) {
                        x(upper) - x(lower)
                    },
                    colour: "k\(scale.colourStep(band))", label: band.label))
        }
        return bands
    }

    private func makeTicks() -> [Tick] {
        stride(from: 0, through: NSDecimalNumber(decimal: axisMax).intValue, by: 25).map {
            Tick(x: xText(Decimal($0)), text: "\($0)%", labelled: $0 % 50 == 0)
        }
    }

    private func makeRows() -> [Row] {
        // The rows' y are whole numbers.
        let layout = Self.rowLayout
        return bars.enumerated().map { offset, bar in
            let y = layout.top + offset * layout.row
            let value = bar.value ?? 0
            return Row(
                bar: bar, y: ChartNumber.whole(y + layout.bar), textY: ChartNumber.whole(y + layout.text),
                width: ChartNumber.text(length(value)) { x(value) - Self.labelWidth },
                cut: DecimalOrder.less(axisMax, value),
                colour: "k\(bar.colourStep)")
        }
    }

    struct BandView: TemplateView {
        let x: String, width: String, colour: String, label: String
        static let fields: [ViewField<Self>] = [
            .text("x", "where the band starts", \.x),
            .text("lebar", "its width", \.width),
            .text("warna", "its colour class", \.colour),
            .text("label", "the band's label", \.label),
        ]
    }

    struct Tick: TemplateView {
        let x: String, text: String, labelled: Bool
        static let fields: [ViewField<Self>] = [
            .text("x", "the line's x", \.x),
            .text("teks", "`50%`", \.text),
            .flag("berlabel", "true every 50%", \.labelled),
        ]
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Row: TemplateView {
        let bar: Bar, y: String, textY: String, width: String, cut: Bool
        /// `k` and the colour step, printed once.
        let colour: String

        init(bar: Bar, y: String, textY: String, width: String, cut: Bool, colour: String) {
            (self.bar, self.y, self.textY, self.width, self.cut, self.colour) = (bar, y, textY, width, cut, colour)
        }
        private static let heightText = svg(BarChart.barHeight), xText = svg(BarChart.labelWidth)
        private static let kodeXText = svg(BarChart.labelWidth - 6)
        static let fields: [ViewField<Row>] = [
            .text("kode", "the indicator's kode", \.bar.kode),
            .text("nilai", "its capaian, or `–` and the reason", \.bar.valueText),
            .text("kategori", "its category's label", \.bar.category),
            .text("warna", "its colour class", \.colour),
            .text("y", "the bar's top", \.y),
            .text("tinggi", "its height", { _ in heightText }),
            .text("y_teks", "the baseline of its texts", \.textY),
            .text("x", "where it starts", { _ in xText }),
            .text("kode_x", "where the kode ends", { _ in kodeXText }),
            .text("lebar", "its length", \.width),
            .flag("ada_nilai", "whether the indicator has a capaian", { $0.bar.value != nil }),
            .flag("terpotong", "true when the bar is longer than the axis", \.cut),
        ]
    }
}
