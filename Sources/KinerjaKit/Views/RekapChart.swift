import Foundation

/// The index's small chart: how many agencies have an average capaian in each 10-point bin, from
/// "under 50%" to "130% and over", with a line at 100%. It stays one small figure whether the run has
/// five agencies or five hundred; the pre-sorted tables beside it give each agency's place. Only
/// coordinates are computed here; the SVG is written by `index.html.mustache`.
///
///     averages 98,13 · 101,04 · 99,9 · 72 → bins 70–80: 1, 90–100: 2, 100–110: 1
struct RekapChart {
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

    var context: [String: Any] {
        let svg = BarChart.svg
        let counts = self.counts
        let plotWidth = Self.width - Self.left - 10, plotHeight = Self.height - Self.top - Self.bottom
        let slot = plotWidth / Decimal(counts.count)
        let highest = Decimal(max(counts.max() ?? 0, 1))
        let base = Self.top + plotHeight
        let bars: [[String: Any]] = counts.enumerated().map { index, count in
            let x = Self.left + Decimal(index) * slot
            let height = Decimal(count) / highest * plotHeight
            let range: String
            switch index {
            case 0: range = "< \(Self.edges[0])"
            case Self.edges.count: range = "≥ \(Self.edges[index - 1])"
            default: range = "\(Self.edges[index - 1])–\(Self.edges[index])"
            }
            return ["x": svg(x + 3), "lebar": svg(slot - 6), "y": svg(base - height), "tinggi": svg(height),
                    "tengah": svg(x + slot / 2), "jumlah": "\(count)", "ada": count > 0,
                    "y_jumlah": svg(base - height - 4), "rentang": range]
        }
        // The axis is labelled at the bins' edges (50, 60, …, 130), between the bars.
        let ticks: [[String: Any]] = Self.edges.enumerated().map { index, edge in
            ["x": svg(Self.left + Decimal(index + 1) * slot), "teks": "\(edge)"]
        }
        // 100% is the edge between the bins 90–100 and 100–110.
        let hundred = Self.left + Decimal(Self.bin(100)) * slot
        return [
            "ada": !averages.isEmpty, "lebar": svg(Self.width), "tinggi": svg(Self.height),
            "dasar": svg(base), "kiri": svg(Self.left), "kanan": svg(Self.width - 10),
            "y_label": svg(base + 14), "y_sumbu": svg(base + 30), "atas": svg(Self.top - 8),
            "garis_100_x": svg(hundred), "batang": bars, "skala": ticks,
        ]
    }
}
