import Foundation

/// The cycle's working calendar (docs/siklus.md): Monday to Friday, minus the profile's `libur`.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CalendarDate>

    public init(holidays: [CalendarDate]) { self.holidays = Set(holidays) }

    /// Length of a working day for comparing clock time with working days: 37,5 jam a week over five
    /// days (Perpres 21/2023 on ASN working hours) = 7,5 jam = 450 minutes.
    public static let minutesPerWorkingDay = 450

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        date.weekday <= 5 && !holidays.contains(date)
    }

    /// The date `n` working days after `date`: 2024-10-04 (Fri) + 1 → 2024-10-07 (Mon).
    public func adding(workingDays n: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end`: (Tue 1 Oct, Tue 8 Oct] → 5.
    /// 0 when `end` is not after `start`.
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// A step's deadline: its start plus its standard time, minutes and hours as clock time, days
    /// and weeks as working days (the start's time of day is kept).
    ///
    /// Example: start `2024-10-01 13:00` (Tue) + `3 hari` → `2024-10-04 13:00`; + `2 jam` → `2024-10-01 15:00`;
    /// start `2024-10-04` (Fri) + `1 hari` → `2024-10-07`.
    public func deadline(start: Moment, standard: StandardTime) -> Moment {
        if standard.unit.isClock {
            guard let minutes = start.minutes else {
                return Moment(date: start.date.adding(days: standard.clockMinutes / 1440))
            }
            let total = minutes + standard.clockMinutes
            return Moment(date: start.date.adding(days: total / 1440), minutes: total % 1440)
        }
        return Moment(date: adding(workingDays: standard.workingDays, to: start.date), minutes: start.minutes)
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's `days_from_civil`.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (the inverse of `dayNumber`, Hinnant's `civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }
}
