import Foundation

/// The period a report covers: a quarter of the fiscal year, or the whole year.
public enum ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    case quarter(Int)  // 1...4
    case annual

    /// `TW1`…`TW4` or `TAHUNAN` (case-insensitive; `Q3` and `ANNUAL` are accepted too).
    public init?(_ text: String) {
        let t = text.trimmingSpaces().uppercased()
        if t == "TAHUNAN" || t == "ANNUAL" {
            self = .annual
            return
        }
        for prefix in ["TW", "Q"] where t.hasPrefix(prefix) {
            if let n = Int(t.dropFirst(prefix.count)), (1...4).contains(n) {
                self = .quarter(n)
                return
            }
        }
        return nil
    }

    /// How many quarters the period reaches: TWn → n, the year → 4.
    public var quarterCount: Int {
        switch self {
        case .quarter(let n): return n
        case .annual: return 4
        }
    }

    /// TW1 < … < TW4 < TAHUNAN, for sorting.
    var sortKey: Int { self == .annual ? 5 : quarterCount }

    /// TW4 or TAHUNAN: the periods that also get the annual LKjIP (docs/laporan.md).
    public var isYearEnd: Bool { quarterCount == 4 }

    /// `TW3` or `TAHUNAN`, as in folder names and profil.yaml.
    public var description: String {
        switch self {
        case .quarter(let n): return "TW\(n)"
        case .annual: return "TAHUNAN"
        }
    }

    /// The `periode` column of capaian.csv: `2024-TW3`, or `2024` for the year.
    public func label(year: Int) -> String {
        switch self {
        case .quarter(let n): return "\(year)-TW\(n)"
        case .annual: return "\(year)"
        }
    }
}

/// The period of one realisasi row: a quarter of some year, or a whole year.
public enum ValuePeriod: Sendable, Hashable, CustomStringConvertible {
    case quarter(year: Int, Int)
    case year(Int)

    /// `TW2` (a quarter of `reportYear`), `2023` or `2023-TAHUNAN` (a whole year, written as the output folder
    /// names it), `2023-TW2` (a quarter of another year).
    public init?(_ text: String, reportYear: Int) {
        if let period = Self.written(text, reportYear: reportYear) {
            self = period
            return
        }
        self.init(spelled: text, reportYear: reportYear)
    }

    /// The period of a text in one of the forms realisasi.csv is written in, `TW3` (`tw3`), `2023` or `2023-TW2`,
    /// read on its bytes; nil for any other text, which `init(spelled:reportYear:)` then reads. Trimming and
    /// uppercasing every periode was a sixth of reading realisasi (issue 22); ValuePeriodParityTests compares them.
    static func written(_ text: String, reportYear: Int) -> ValuePeriod? {
        var text = text
        return text.withUTF8 { bytes -> ValuePeriod? in
            /// `TWn` (any case) at `start`, the text's last three bytes: n in 1…4.
            func quarter(at start: Int) -> Int? {
                guard bytes[start] | 0x20 == UInt8(ascii: "t"), bytes[start + 1] | 0x20 == UInt8(ascii: "w") else {
                    return nil
                }
                let n = bytes[start + 2] &- UInt8(ascii: "0")
                return (1...4).contains(n) ? Int(n) : nil
            }
            /// The first four bytes as a year after 1900.
            func year() -> Int? {
                var value = 0
                for index in 0..<4 {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value > 1900 ? value : nil
            }
            switch bytes.count {
            case 3: return quarter(at: 0).map { .quarter(year: reportYear, $0) }
            case 4: return year().map { .year($0) }
            case 8:
                guard bytes[4] == UInt8(ascii: "-"), let y = year(), let n = quarter(at: 5) else { return nil }
                return .quarter(year: y, n)
            default: return nil
            }
        }
    }

    /// `init(_:reportYear:)` by Characters, for every form it accepts.
    init?(spelled text: String, reportYear: Int) {
        let t = text.trimmingSpaces().uppercased()
        if case .quarter(let n)? = ReportPeriod(t) {
            self = .quarter(year: reportYear, n)
            return
        }
        if t == "TAHUNAN" {
            self = .year(reportYear)
            return
        }
        if t.count == 4, let y = Int(t), y > 1900 {
            self = .year(y)
            return
        }
        let parts = t.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), y > 1900, let period = ReportPeriod(parts[1]) {
            switch period {
            case .quarter(let n): self = .quarter(year: y, n)
            case .annual: self = .year(y)
            }
            return
        }
        return nil
    }

    /// The year the value belongs to.
    public var year: Int {
        switch self {
        case .quarter(let y, _), .year(let y): return y
        }
    }

    /// Whether this value lies after the end of `period` of `year` (left out of that period's report).
    /// A whole year ends with its fourth quarter, so `2024` is after `2024-TW3` but not after `2024-TW4`.
    public func isAfter(_ period: ReportPeriod, of year: Int) -> Bool {
        switch self {
        case .quarter(let y, let n): return y > year || (y == year && n > period.quarterCount)
        case .year(let y): return y > year || (y == year && period.quarterCount < 4)
        }
    }

    public var description: String {
        switch self {
        case .quarter(let y, let n): return "\(y)-TW\(n)"
        case .year(let y): return "\(y)"
        }
    }
}
