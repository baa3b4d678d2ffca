import Foundation

/// A rating scale: bands from the highest down, each with a lower bound.
///
/// The category is chosen from the value as displayed (rounded to 2 decimals), so a reader never
/// sees `91,00` labelled with the band below 91. The lowest band also takes anything below its
/// bound (a negative capaian can occur with negative realisasi), so every value gets a category.
public struct RatingScale: Sendable, Equatable {
    public struct Band: Sendable, Equatable {
        /// nil: no lower bound (the lowest band).
        public let lowerBound: Decimal?
        /// true: x ≥ lowerBound; false: x > lowerBound (the SAKIP grades).
        public let inclusive: Bool
        public let label: String
        public let englishLabel: String

        /// What the synthesized `==` answers, cheaper: the labels first (two bands of a scale always differ in
        /// them, so most comparisons end there), the bound by `DecimalOrder` instead of Foundation's `==`
        /// (1 400 instructions a comparison; the category counts, colour steps and attention lists compare
        /// every IKU's band with each band of the scale). RatingScaleTests compare it with the synthesized one.
        public static func == (a: Band, b: Band) -> Bool {
            guard a.label == b.label, a.englishLabel == b.englishLabel, a.inclusive == b.inclusive else { return false }
            switch (a.lowerBound, b.lowerBound) {
            case (nil, nil): return true
            case (let x?, let y?): return DecimalOrder.equal(x, y)
            default: return false
            }
        }
    }

    public let name: String
    /// Highest band first.
    public let bands: [Band]

    /// Permendagri 86/2017 with the gaps closed (docs/aturan-capaian.md): ≥91, ≥76, ≥66, ≥51, below.
    public static let permendagri86 = RatingScale(
        name: "permendagri-86-2017",
        bands: [
            Band(lowerBound: 91, inclusive: true, label: "Sangat Tinggi", englishLabel: "Very high"),
            Band(lowerBound: 76, inclusive: true, label: "Tinggi", englishLabel: "High"),
            Band(lowerBound: 66, inclusive: true, label: "Sedang", englishLabel: "Medium"),
            Band(lowerBound: 51, inclusive: true, label: "Rendah", englishLabel: "Low"),
            Band(lowerBound: nil, inclusive: true, label: "Sangat Rendah", englishLabel: "Very low"),
        ])

    /// SAKIP evaluation grades (PermenPANRB 88/2021): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D ≥ 0.
    public static let sakip = RatingScale(
        name: "sakip",
        bands: [
            Band(lowerBound: 90, inclusive: false, label: "AA", englishLabel: "AA"),
            Band(lowerBound: 80, inclusive: false, label: "A", englishLabel: "A"),
            Band(lowerBound: 70, inclusive: false, label: "BB", englishLabel: "BB"),
            Band(lowerBound: 60, inclusive: false, label: "B", englishLabel: "B"),
            Band(lowerBound: 50, inclusive: false, label: "CC", englishLabel: "CC"),
            Band(lowerBound: 30, inclusive: false, label: "C", englishLabel: "C"),
            Band(lowerBound: nil, inclusive: true, label: "D", englishLabel: "D"),
        ])

    /// Built-in scales by the names a profile may use.
    public static let builtIn: [String: RatingScale] = [
        "permendagri-86-2017": .permendagri86, "permendagri": .permendagri86,
        "sakip": .sakip, "permenpanrb-88-2021": .sakip,
    ]

    public init(name: String, bands: [Band]) {
        self.name = name
        self.bands = bands
    }

    /// The band of a capaian, judged on its displayed (rounded) value.
    public func band(for capaian: Decimal) -> Band {
        let shown = capaian.roundedForDisplay()
        for band in bands {
            guard let bound = band.lowerBound else { return band }
            // `shown >= bound`, `shown > bound`, as Foundation compares them (`DecimalOrder`).
            if band.inclusive ? !DecimalOrder.less(shown, bound) : DecimalOrder.less(bound, shown) { return band }
        }
        return bands[bands.count - 1]
    }
}

extension RatingScale {
    /// The middle band (`Sedang` of Permendagri 86/2017, `B` of SAKIP): the report's "Perhatian"
    /// section lists indicators whose category lies below it.
    public var middleBand: Band { bands[bands.count / 2] }

    /// Whether `band` lies below the middle band.
    public func isBelowMiddle(_ band: Band) -> Bool {
        guard let index = bands.firstIndex(of: band) else { return false }
        return index > bands.count / 2
    }

    /// The position of `band` on a seven-step colour ramp (0 best … 6 worst), so that scales with
    /// any number of bands share one palette: five bands use steps 0, 1, 3, 4, 6.
    public func colourStep(_ band: Band) -> Int {
        guard bands.count > 1, let index = bands.firstIndex(of: band) else { return 0 }
        return index * 6 / (bands.count - 1)
    }
}
