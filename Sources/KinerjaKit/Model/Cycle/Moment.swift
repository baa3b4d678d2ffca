import Foundation

/// A local date with an optional time of day, as written in siklus.csv (`2024-10-01` or
/// `2024-10-01 08:00`). No time zone: the cycle happens where the agency is, and nothing here
/// depends on the machine's clock or zone.
public struct Moment: Sendable, Hashable {
    public let date: CalendarDate
    /// Minutes after midnight; nil when only the date was written.
    public let minutes: Int?

    public init(date: CalendarDate, minutes: Int? = nil) {
        self.date = date
        self.minutes = minutes
    }

    /// Reads `2024-10-01`, `2024-10-01 08:00`, `2024-10-01T08:00` or `2024-10-01 08.00`; nil otherwise.
    public init?(_ text: String) {
        let parts = text.trimmingSpaces()
            .split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count), let date = CalendarDate(iso: parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(date: date)
            return
        }
        let clock = parts[1].split(whereSeparator: { $0 == ":" || $0 == "." }).map { Int($0) }
        guard clock.count == 2, let h = clock[0], let m = clock[1], parts[1].count == 5,
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(date: date, minutes: h * 60 + m)
    }

    /// ISO 8601 local time: `2024-10-03T08:00`, or `2024-10-03` without a time.
    public var iso: String { text(separator: "T") }

    /// As siklus.csv writes it: `2024-10-03 08:00`, or `2024-10-03` without a time.
    public var spaced: String { text(separator: " ") }

    private func text(separator: String) -> String {
        guard let minutes else { return date.iso }
        return date.iso + separator + "\((minutes / 60).zeroPadded(2)):\((minutes % 60).zeroPadded(2))"
    }

    /// Whether `self` is later than `other`. When either has no time of day only the dates count,
    /// so a step recorded by date alone is never late on the day of its deadline.
    public func isAfter(_ other: Moment) -> Bool {
        if let a = minutes, let b = other.minutes, date == other.date { return a > b }
        return date > other.date
    }
}
