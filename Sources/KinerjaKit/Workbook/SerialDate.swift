import Foundation

/// Dates stored as numbers: a spreadsheet keeps `2024-10-03 08:00` as days since its epoch, with the
/// time of day as the fraction (`45568.3333…`). Two epochs exist: the 1900 system (Excel's default;
/// serial 1 is 1900-01-01 and it counts a 29 February 1900 that never was) and the 1904 system
/// (serial 0 is 1904-01-01), chosen by `date1904` in the workbook.
enum SerialDate {
    /// The moment a serial number stands for, to the minute; nil before 1 March 1900 (serials under 61 in
    /// the 1900 system, where the phantom leap day makes them ambiguous) or beyond year 9999.
    ///
    /// Example: `45568.333333` in the 1900 system is 45568 days after 1899-12-30, 2024-10-03, plus
    /// 0.333333 × 1440 = 480 minutes: `2024-10-03 08:00`. The same day in the 1904 system is 44106.
    static func moment(_ serial: Decimal, date1904: Bool) -> Moment? {
        guard serial >= (date1904 ? 0 : 61), serial < 2_958_466 else { return nil }
        var minutesDecimal = serial * 1440
        var rounded = Decimal()
        NSDecimalRound(&rounded, &minutesDecimal, 0, .plain)
        let total = NSDecimalNumber(decimal: rounded).intValue
        let days = total / 1440
        let minutes = total % 1440
        // 1970-01-01 is serial 25569 in the 1900 system and 24107 in the 1904 one.
        let unixDays = days - (date1904 ? 24107 : 25569)
        let date = civilDate(unixDays)
        return Moment(date: date, minutes: minutes == 0 && serial == Decimal(days) ? nil : minutes)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civilDate(_ days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

extension SerialDate {
    /// The serial number of `moment` (the inverse of `moment(_:date1904:)`), in the 1900 system:
    /// `2024-10-03 08:00` → 45568 + 480/1440.
    static func serial(_ moment: Moment) -> Decimal {
        let days = daysFromCivil(moment.date) + 25569
        guard let minutes = moment.minutes else { return Decimal(days) }
        return Decimal(days) + Decimal(minutes) / 1440
    }

    /// Days from 1970-01-01 to `date` (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(_ date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = date.month > 2 ? date.month - 3 : date.month + 9
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
