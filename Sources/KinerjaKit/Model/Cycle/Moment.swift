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
        if let moment = Self.written(text) {
            self = moment
            return
        }
        self.init(spelled: text)
    }

    /// The moment of a text in exactly the form siklus.csv is written in (`2024-10-01` or `2024-10-01 08:00`,
    /// `T` or a space, `:` or `.`), read on its bytes; nil for any other text, and for a date or a time that is
    /// none (`2024-02-30`), which `init(spelled:)` then reads as it always has. Splitting the text into
    /// Characters was 20 000 instructions a date (issue 22); MomentParityTests compares the two.
    static func written(_ text: String) -> Moment? {
        var text = text
        return text.withUTF8 { bytes -> Moment? in
            guard bytes.count == 10 || bytes.count == 16 else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let year = number(0..<4),
                let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), day >= 1,
                day <= CalendarDate.days(in: month, of: year)
            else { return nil }
            let date = CalendarDate(year: year, month: month, day: day)
            guard bytes.count == 16 else { return Moment(date: date) }
            guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"),
                bytes[13] == UInt8(ascii: ":") || bytes[13] == UInt8(ascii: "."), let hour = number(11..<13),
                let minute = number(14..<16), (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
            return Moment(date: date, minutes: hour * 60 + minute)
        }
    }

    /// `init(_:)` by Characters, for every form it accepts.
    init?(spelled text: String) {
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
