import Foundation

/// A step's standard time (`waktu` in the SOP, "waktu baku"): an amount of one unit.
///
/// Parsed from Indonesian or English, singular or plural, any case: `15 Menit`, `2 Jam`, `3 hari`,
/// `1 Minggu`, `2 days`, `1 hari kerja`. Minutes and hours are clock time; days and weeks are working
/// days (1 minggu = 5 hari kerja), see `WorkingCalendar.deadline`.
public struct StandardTime: Sendable, Hashable {
    public enum Unit: String, Sendable, CaseIterable {
        case minute, hour, day, week

        /// Whether the unit is clock time (added as minutes) rather than working days.
        public var isClock: Bool { self == .minute || self == .hour }
    }

    public let amount: Int
    public let unit: Unit
    /// As written in the SOP, for `waktu_baku` in kepatuhan-sop.csv.
    public let text: String

    /// The words each unit is written with. Matched after lower-casing; `hari kerja` is read as `hari`.
    static let words: [(String, Unit)] = [
        ("menit", .minute), ("minute", .minute), ("minutes", .minute), ("min", .minute), ("mins", .minute),
        ("jam", .hour), ("hour", .hour), ("hours", .hour),
        ("hari", .day), ("hari kerja", .day), ("day", .day), ("days", .day),
        ("working day", .day), ("working days", .day),
        ("minggu", .week), ("pekan", .week), ("week", .week), ("weeks", .week),
    ]

    /// `"2 Jam"` → 2 hours; nil when the text is not a whole number followed by a known unit.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .lowercased()
        guard let amount = Int(digits), amount > 0,
            let unit = Self.words.first(where: { $0.0 == rest })?.1
        else { return nil }
        self.init(amount: amount, unit: unit, text: trimmed)
    }

    public init(amount: Int, unit: Unit, text: String) {
        self.amount = amount
        self.unit = unit
        self.text = text
    }

    /// At most a year of each unit: a step of a monitoring SOP takes minutes to weeks, and a deadline is
    /// walked one working day at a time, so `99999999 hari` would take minutes and `2^63 menit` overflow.
    ///
    ///     525 600 menit, 8 760 jam, 260 hari (kerja), 52 minggu → plausible; one more → not
    public var isPlausible: Bool {
        switch unit {
        case .minute: amount <= 525_600
        case .hour: amount <= 8_760
        case .day: amount <= 260
        case .week: amount <= 52
        }
    }

    /// Clock minutes for minutes and hours; 0 for working-day units.
    public var clockMinutes: Int {
        switch unit {
        case .minute: return amount
        case .hour: return amount * 60
        case .day, .week: return 0
        }
    }

    /// Working days for days and weeks (1 minggu = 5 hari kerja); 0 for clock units.
    public var workingDays: Int {
        switch unit {
        case .day: return amount
        case .week: return amount * 5
        case .minute, .hour: return 0
        }
    }
}
