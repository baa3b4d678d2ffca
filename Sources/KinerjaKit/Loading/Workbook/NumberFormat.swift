import Foundation

/// What a cell's number format (styles.xml) makes of its number, as the user sees it: a percent
/// (`71,4%` is stored as 0.714), a date (stored as a serial number), or a plain number.
///
/// Excel's built-in formats are known by id (9 `0%`, 10 `0.00%`; 14–22 and 45–47 dates and times);
/// a custom format (`numFmtId` 164 and up, or any id with a `formatCode`) is a percent when it holds a
/// `%` and a date when it holds a day, month-with-year, year, hour or second code, both outside quoted
/// text, `\`-escaped characters and `[…]` sections (`[Red]`, `[$-421]`).
enum NumberFormat: Equatable {
    case plain
    case percent
    /// A date or time; `code` is the format code, to show the date as the spreadsheet does.
    case date(code: String)

    init(id: Int, code: String?) {
        if let code {
            self = Self.classify(code)
        } else if id == 9 || id == 10 {
            self = .percent
        } else if let code = Self.builtInDates[id] {
            self = .date(code: code)
        } else {
            self = .plain
        }
    }

    /// Built-in date and time formats as Excel defines them (ECMA-376 §18.8.30). Id 14 is shown in the
    /// machine's short-date form, which in an Indonesian Excel is day first.
    private static let builtInDates: [Int: String] = [
        14: "dd/mm/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "dd/mm/yyyy hh:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0",
    ]

    static func classify(_ code: String) -> NumberFormat {
        // Only the first section (positive numbers) decides; `General` and `@` are not dates.
        let letters = significant(code).lowercased()
        if letters.contains("%") { return .percent }
        if letters.contains("general") { return .plain }
        if letters.contains(where: { "dyhs".contains($0) }) { return .date(code: code) }
        return .plain
    }

    /// The characters of the first section of `code` that are format codes, not literal text.
    private static func significant(_ code: String) -> String {
        var result = ""
        var quoted = false, bracket = false, escaped = false
        for ch in code {
            if escaped {
                escaped = false
                continue
            }
            if quoted {
                if ch == "\"" { quoted = false }
                continue
            }
            if bracket {
                if ch == "]" { bracket = false }
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "\"": quoted = true
            case "[": bracket = true
            case ";": return result
            case "_", "*": escaped = true  // `_)` pads, `* ` repeats: the next character is not a code
            default: result.append(ch)
            }
        }
        return result
    }

    /// `moment` as a date format code shows it: `dd/mm/yyyy` → `15/08/2025`, `d-mmm-yy` and anything with
    /// month names → the ISO date (`2025-08-15`), so the text never depends on a locale.
    ///
    /// Example: code `dd/mm/yyyy hh:mm` and 2025-10-01 08:15 → `01/10/2025 08:15`.
    static func show(_ moment: Moment, code: String) -> String {
        let lower = significant(code).lowercased()
        let day = moment.date.day, month = moment.date.month, year = moment.date.year
        let hasDate = lower.contains("d") || lower.contains("y")
        guard hasDate else { return moment.spaced }
        guard !lower.contains("mmm"), !lower.contains("am/pm") else { return moment.spaced }
        let dayFirst = (lower.firstIndex(of: "d") ?? lower.endIndex) < (lower.firstIndex(of: "m") ?? lower.endIndex)
        guard dayFirst else { return moment.spaced }
        let separator = lower.first { "/-.".contains($0) } ?? "/"
        var text = "\(day.zeroPadded(2))\(separator)\(month.zeroPadded(2))\(separator)\(year)"
        if let minutes = moment.minutes, lower.contains("h") {
            text += " \((minutes / 60).zeroPadded(2)):\((minutes % 60).zeroPadded(2))"
        }
        return text
    }
}
