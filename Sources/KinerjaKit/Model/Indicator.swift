import Foundation

/// Direction of an indicator (docs/aturan-capaian.md).
public enum Polarity: String, Sendable, CaseIterable {
    case positif  // higher is better
    case negatif  // lower is better
    case rentang  // inside the band is best
}

/// The formula for negative indicators (docs/aturan-capaian.md): `selisih` (PermenPANRB 8/2021, default) or `rasio`.
public enum NegativeFormula: String, Sendable, CaseIterable {
    case selisih
    case rasio
}

/// How the quarters TW1..TWn combine into "realisasi s.d. TWn".
public enum Aggregation: String, Sendable, CaseIterable {
    case jumlah  // sum of per-quarter amounts
    case terakhir  // latest present value (default)
    case rataRata = "rata-rata"
}

public enum Level: String, Sendable, CaseIterable {
    case tujuan, sasaran, program, kegiatan, subkegiatan

    /// IKU by default for `tujuan` and `sasaran`, not below (docs/format.md).
    var isKeyByDefault: Bool { self == .tujuan || self == .sasaran }
}

/// One row of indikator.csv.
public struct Indicator: Sendable {
    public var kode: String
    public var level: Level
    public var sasaran: String
    public var name: String
    public var unit: String
    public var polarity: Polarity
    public var aggregation: Aggregation
    public var target: Target?
    /// target_tw1…target_tw4; nil where not given.
    public var quarterTargets: [Target?]
    public var baseline: Decimal?
    public var renstraTarget: Target?
    public var isKey: Bool
    public var parent: String?
    public var responsibleUnit: String?
    /// Per-indicator override of the profile's `rumus_negatif`.
    public var negativeFormula: NegativeFormula?
    public var nationalStandard: String?
    public var definition: String?
    /// Line in indikator.csv, for diagnostics.
    public var line: Int
}
