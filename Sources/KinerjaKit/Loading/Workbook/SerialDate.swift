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
        // 1970-01-01 (day number 0, WorkingCalendar.swift) is serial 25569 in the 1900 system and 24107 in the 1904 one.
        let unixDays = days - (date1904 ? 24107 : 25569)
        let date = CalendarDate(dayNumber: unixDays)
        return Moment(date: date, minutes: minutes == 0 && serial == Decimal(days) ? nil : minutes)
    }
}

extension SerialDate {
    /// The serial number of `moment` (the inverse of `moment(_:date1904:)`), in the 1900 system:
    /// `2024-10-03 08:00` → 45568 + 480/1440.
    static func serial(_ moment: Moment) -> Decimal {
        let days = moment.date.dayNumber + 25569
        guard let minutes = moment.minutes else { return Decimal(days) }
        return Decimal(days) + Decimal(minutes) / 1440
    }
}
