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

    /// The marks as bytes, for `style`: nil when it must go by Characters (a mark that is not ASCII).
    private let asciiMarks: (point: UInt8, group: UInt8?)?

    init(decimalMark: Character, groupMark: Character?) {
        self.decimalMark = decimalMark
        self.groupMark = groupMark
        // Read once: `Character.asciiValue` cost some 300 instructions, twice for every number printed.
        if let point = decimalMark.asciiValue, groupMark?.isASCII ?? true {
            asciiMarks = (point, groupMark?.asciiValue)
        } else {
            asciiMarks = nil
        }
    }

    package static func == (a: NumberStyle, b: NumberStyle) -> Bool {
        a.decimalMark == b.decimalMark && a.groupMark == b.groupMark
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
        guard let (point, group) = asciiMarks else { return styleByCharacters(plain) }
        var plain = plain
        return plain.withUTF8 { bytes in
            let negative = bytes.first == UInt8(ascii: "-")
            let start = negative ? 1 : 0
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
            let count = end - start
            // Up to a second point, as the Character version keeps (a plain number has one at most).
            let fractionEnd =
                end < bytes.count ? bytes[(end + 1)...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count : end
            let groups = group == nil || count == 0 ? 0 : (count - 1) / 3
            let length = start + count + groups + (fractionEnd - end)
            return String(unsafeUninitializedCapacity: length) { result in
                var n = 0
                if negative {
                    result[0] = UInt8(ascii: "-")
                    n = 1
                }
                for index in start..<end {
                    if let group, index > start, (count - (index - start)) % 3 == 0 {
                        result[n] = group
                        n += 1
                    }
                    result[n] = bytes[index]
                    n += 1
                }
                if end < bytes.count {
                    result[n] = point
                    n += 1
                    for index in (end + 1)..<fractionEnd {
                        result[n] = bytes[index]
                        n += 1
                    }
                }
                return n
            }
        }
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
