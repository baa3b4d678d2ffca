/// A length of time as the cycle measures it: whole working days when it reaches into a later day,
/// otherwise clock minutes within one day. Used for lateness ("terlambat 2 hari", "45 menit") and
/// for how long a step took.
public struct WorkingSpan: Sendable, Hashable, Comparable {
    public let workingDays: Int
    public let minutes: Int

    public init(workingDays: Int = 0, minutes: Int = 0) {
        self.workingDays = workingDays
        self.minutes = minutes
    }

    /// From `start` to `end`: the working days after `start`'s date up to `end`'s, at least 1 when
    /// the dates differ (a step finished on the Saturday after a Friday deadline is a day late);
    /// clock minutes when both fall on one date with a time of day.
    ///
    /// Example: deadline Fri 2024-10-04 13:00, finish Tue 2024-10-08 16:00 → 2 working days;
    /// deadline 2024-10-01 10:30, finish 2024-10-01 11:15 → 45 minutes.
    public static func between(_ start: Moment, _ end: Moment, calendar: WorkingCalendar) -> WorkingSpan {
        if end.date > start.date {
            return WorkingSpan(workingDays: max(1, calendar.workingDays(after: start.date, through: end.date)))
        }
        guard end.date == start.date, let a = start.minutes, let b = end.minutes, b > a else { return WorkingSpan() }
        return WorkingSpan(minutes: b - a)
    }

    public static func < (a: WorkingSpan, b: WorkingSpan) -> Bool {
        (a.workingDays, a.minutes) < (b.workingDays, b.minutes)
    }

    /// In the standard's unit where it fits: days (weeks when whole weeks of a weekly standard),
    /// minutes for a minute standard, hours and minutes otherwise.
    /// `2 hari`, `1 minggu`, `45 menit`, `1 jam 30 menit`; English `2 days`, `1 hour 30 minutes`.
    public func text(unit: StandardTime.Unit?, language: Language) -> String {
        let en = language == .en
        func word(_ n: Int, _ id: String, _ english: String) -> String {
            "\(n) " + (en ? (n == 1 ? english : english + "s") : id)
        }
        if workingDays > 0 {
            if unit == .week, workingDays % 5 == 0 { return word(workingDays / 5, "minggu", "week") }
            return word(workingDays, "hari", "day")
        }
        if unit == .minute || minutes < 60 { return word(minutes, "menit", "minute") }
        let hours = word(minutes / 60, "jam", "hour")
        return minutes % 60 == 0 ? hours : hours + " " + word(minutes % 60, "menit", "minute")
    }
}
