import Foundation

/// How numbers are printed for people: `1.234.567,89` (Indonesian) or `1,234,567.89` (English).
///
/// Written here rather than through Foundation's locale formatting so that the output never depends
/// on the ICU data of the machine it runs on ("same input, same bytes").
package struct NumberStyle: Sendable, Equatable {
    let decimalMark: Character
    let groupMark: Character?

    package static let indonesian = NumberStyle(decimalMark: ",", groupMark: ".")
    static let english = NumberStyle(decimalMark: ".", groupMark: ",")
    /// The machine form of capaian.csv: `.` decimal, no grouping.
    static let machine = NumberStyle(decimalMark: ".", groupMark: nil)
    /// The Indonesian spreadsheet dialect: decimal comma, no grouping (a spreadsheet groups by itself).
    static let spreadsheetID = NumberStyle(decimalMark: ",", groupMark: nil)

    init(decimalMark: Character, groupMark: Character?) {
        self.decimalMark = decimalMark
        self.groupMark = groupMark
    }

    /// `format(87.5, scale: 2)` → `87,50` in the Indonesian style.
    package func format(_ value: Decimal, scale: Int) -> String {
        style(value.fixedString(scale: scale))
    }

    /// The value as it is, unrounded (`0.125` → `0,125`); for the machine columns.
    func unrounded(_ value: Decimal) -> String {
        style(value.plainString)
    }

    /// Puts this style's marks into a plain number (`-1234567.5` → `-1.234.567,5`), byte by byte.
    func style(_ plain: String) -> String {
        guard let point = decimalMark.asciiValue, groupMark?.isASCII ?? true else { return styleByCharacters(plain) }
        let bytes = Array(plain.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        var result: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        result.reserveCapacity(bytes.count + bytes.count / 3)
        let count = end - start
        let group = groupMark?.asciiValue
        for index in start..<end {
            if let group, index > start, (count - (index - start)) % 3 == 0 {
                result.append(group)
            }
            result.append(bytes[index])
        }
        if end < bytes.count {
            result.append(point)
            // Up to a second point, as the Character version keeps (a plain number has one at most).
            result += bytes[(end + 1)...].prefix { $0 != UInt8(ascii: ".") }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `style` by Characters, as it was written first: the reference DecimalTextTests compares `style` with.
    func styleByCharacters(_ plain: String) -> String {
        var text = plain
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        if let groupMark {
            var grouped = ""
            for (offset, digit) in whole.reversed().enumerated() {
                if offset > 0, offset % 3 == 0 { grouped.append(groupMark) }
                grouped.append(digit)
            }
            whole = String(grouped.reversed())
        }
        let fraction = parts.count > 1 ? String(decimalMark) + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }
}
