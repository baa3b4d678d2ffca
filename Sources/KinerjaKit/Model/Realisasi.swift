import Foundation

/// One row of realisasi.csv: an indicator's value for one period.
public struct Realisasi: Sendable {
    public var kode: String
    public var period: ValuePeriod
    /// nil for an empty cell: the row carries a note but no data yet.
    public var value: Decimal?
    public var note: String?
    public var evidence: String?
    public var line: Int
}

/// One row of anggaran.csv: a program or kegiatan with its ceiling and spending per quarter.
public struct BudgetLine: Sendable {
    public var kode: String
    public var name: String
    /// `kode` of the indicator this line supports.
    public var indicator: String?
    public var ceiling: Decimal
    /// realisasi_tw1…realisasi_tw4; nil where empty (no data, not zero).
    public var spending: [Decimal?]
    public var line: Int

    /// Whether this line sits under `other` by its code: `1.01.02.2.01` under `1.01.02`.
    public func isNested(under other: BudgetLine) -> Bool { kode.hasPrefix(other.kode + ".") }
}
