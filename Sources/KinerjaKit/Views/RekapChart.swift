import Foundation

/// The index's small chart: how many agencies have an average capaian in each 10-point bin, from
/// "under 50%" to "130% and over", with a line at 100%. It stays one small figure whether the run has
/// five agencies or five hundred; the pre-sorted tables beside it give each agency's place. Only
/// coordinates are computed here; the SVG is written by `index.html.mustache`.
///
///     averages 98,13 · 101,04 · 99,9 · 72 → bins 70–80: 1, 90–100: 2, 100–110: 1
struct RekapChart: TemplateView {
    static let width: Decimal = 500, height: Decimal = 170, left: Decimal = 30, top: Decimal = 18, bottom: Decimal = 36
    /// Bin edges: under 50, 50–60, …, 120–130, 130 and over.
    static let edges: [Decimal] = stride(from: 50, through: 130, by: 10).map { Decimal($0) }

    let averages: [Decimal]

    /// The bin of an average: 0 for under 50, `edges.count` for 130 and over.
    static func bin(_ value: Decimal) -> Int { edges.firstIndex { value < $0 } ?? edges.count }

    var counts: [Int] {
        var counts = Array(repeating: 0, count: Self.edges.count + 1)
        for value in averages { counts[Self.bin(value)] += 1 }
        return counts
    }

    static let plotWidth: Decimal = width - left - 10, plotHeight: Decimal = height - top - bottom
    static let base: Decimal = top + plotHeight
    static let slot: Decimal = plotWidth / Decimal(edges.count + 1)

    static let fields: [ViewField<Self>] = [
        .flag("ada", "whether any agency has an average", { !$0.averages.isEmpty }),
        .text("lebar", "the SVG's width", { _ in svg(width) }),
        .text("tinggi", "its height", { _ in svg(height) }),
        .text("dasar", "the y of the bars' base", { _ in svg(base) }),
        .text("kiri", "the axis's left", { _ in svg(left) }),
        .text("kanan", "its right", { _ in svg(width - 10) }),
        .text("y_label", "the y of the bins' labels", { _ in svg(base + 14) }),
        .text("y_sumbu", "the y of the axis's title", { _ in svg(base + 30) }),
        .text("atas", "the plot's top", { _ in svg(top - 8) }),
        // 100% is the edge between the bins 90–100 and 100–110.
        .text("garis_100_x", "the x of the line at 100%", { _ in svg(left + Decimal(bin(100)) * slot) }),
        .list("batang", "one per 10-point bin from under 50% to 130% and over", \.bars),
        .list("skala", "the bin edges", { _ in ticks }),
    ]

    private static func svg(_ value: Decimal) -> String { BarChart.svg(value) }

    var bars: [Bar] {
        let counts = self.counts
        let highest = Decimal(max(counts.max() ?? 0, 1))
        return counts.enumerated().map { index, count in
            let x = Self.left + Decimal(index) * Self.slot
            let height = Decimal(count) / highest * Self.plotHeight
            let range: String
            switch index {
            case 0: range = "< \(Self.edges[0])"
            case Self.edges.count: range = "≥ \(Self.edges[index - 1])"
            default: range = "\(Self.edges[index - 1])–\(Self.edges[index])"
            }
            return Bar(
                x: Self.svg(x + 3), width: Self.svg(Self.slot - 6), y: Self.svg(Self.base - height),
                height: Self.svg(height),
                centre: Self.svg(x + Self.slot / 2), count: count, countY: Self.svg(Self.base - height - 4),
                range: range)
        }
    }

    /// The axis is labelled at the bins' edges (50, 60, …, 130), between the bars.
    static var ticks: [Tick] {
        edges.enumerated().map { index, edge in Tick(x: svg(left + Decimal(index + 1) * slot), text: "\(edge)") }
    }

    struct Bar: TemplateView {
        let x: String, width: String, y: String, height: String, centre: String, count: Int, countY: String,
            range: String
        static let fields: [ViewField<Self>] = [
            .text("x", "the bar's left", \.x),
            .text("lebar", "its width", \.width),
            .text("y", "its top", \.y),
            .text("tinggi", "its height", \.height),
            .text("tengah", "its centre", \.centre),
            .text("jumlah", "how many agencies are in the bin", { "\($0.count)" }),
            .flag("ada", "whether any is", { $0.count > 0 }),
            .text("y_jumlah", "the y of the count", \.countY),
            .text("rentang", "the bin (`90–100`)", \.range),
        ]
    }

    struct Tick: TemplateView {
        let x: String, text: String
        static let fields: [ViewField<Self>] = [
            .text("x", "the edge's x", \.x),
            .text("teks", "its value", \.text),
        ]
    }
}
