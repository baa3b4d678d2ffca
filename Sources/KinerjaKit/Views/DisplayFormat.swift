import Foundation

/// How the Markdown and HTML reports print values for people (docs/laporan.md, "Printing for people"), in the
/// profile's language. Every method is pure: nothing depends on the machine's locale or clock.
struct DisplayFormat: Sendable {
    let language: Language
    var numbers: NumberStyle { language == .en ? .english : .indonesian }

    init(language: Language) { self.language = language }

    /// The dash printed where a value is absent (the reason goes in a footnote).
    static let absent = "–"

    /// `87.5` → `87,50%` (id) or `87.50%` (en).
    func percent(_ value: Decimal) -> String { numbers.format(value, scale: 2) + "%" }

    /// `-3.456` → `-3,46` percentage points, without the % sign.
    func points(_ value: Decimal) -> String { numbers.format(value, scale: 2) }

    /// Percentage points with their sign: `35.7` → `+35,70`, `-3.456` → `-3,46`, `0` → `0,00`.
    func signedPoints(_ value: Decimal) -> String { (value > 0 ? "+" : "") + points(value) }

    /// A measured value as given, grouped: `1234567.89` → `1.234.567,89`; `98.5` → `98,5`.
    func number(_ value: Decimal) -> String { numbers.unrounded(value) }

    /// realisasi s.d. the period. A sum or the last value has the decimals the planner typed and prints as
    /// given; an average makes decimals of its own, so it is rounded when printed (2 decimals, half away from
    /// zero, docs/aturan-capaian.md) without padding: mean(90, 92, 93.75) = 91.91666… → `91,92`; 82.5 → `82,5`.
    func realisasi(_ value: Decimal, aggregation: Aggregation) -> String {
        aggregation == .rataRata ? numbers.unrounded(value.roundedForDisplay(scale: 2)) : number(value)
    }

    /// A target, grouped: `75` → `75`; a band → `80–90`.
    func target(_ target: Target) -> String {
        switch target {
        case .value(let v): return number(v)
        case .band(let a, let b): return "\(number(a))–\(number(b))"
        }
    }

    /// Rupiah, whole: `20415109000` → `Rp20.415.109.000` (id) / `Rp20,415,109,000` (en).
    func money(_ value: Decimal) -> String {
        let whole = numbers.format(value, scale: 0)
        return whole.hasPrefix("-") ? "-Rp" + whole.dropFirst() : "Rp" + whole
    }

    /// Rupiah without the symbol, for tables whose header says "(Rp)": `1.250.000`.
    func amount(_ value: Decimal) -> String { numbers.format(value, scale: 0) }

    /// `2024-10-15` → `15 Oktober 2024` / `15 October 2024`.
    func date(_ date: CalendarDate) -> String {
        "\(date.day) \(monthName(date.month)) \(date.year)"
    }

    func monthName(_ month: Int) -> String {
        let id = [
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember",
        ]
        let en = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        return (language == .en ? en : id)[month - 1]
    }

    /// `2024-10-01` → `1 Okt 2024` / `1 Oct 2024`, for table cells.
    func shortDate(_ date: CalendarDate) -> String {
        "\(date.day) \(monthName(date.month).prefix(3)) \(date.year)"
    }

    /// `2024-10-01 08:00` → `1 Okt 2024 08.00` / `1 Oct 2024 08:00`; without a time, the date alone.
    func moment(_ moment: Moment) -> String {
        guard let minutes = moment.minutes else { return shortDate(moment.date) }
        let separator = language == .en ? ":" : "."
        return shortDate(moment.date) + " " + (minutes / 60).zeroPadded(2) + separator + (minutes % 60).zeroPadded(2)
    }

    /// `3` → `Triwulan III` / `Quarter III`.
    func quarter(_ n: Int) -> String {
        (language == .en ? "Quarter " : "Triwulan ") + ["I", "II", "III", "IV"][n - 1]
    }

    /// A quarter in a table header: `TW III` / `Q3`.
    func quarterShort(_ n: Int) -> String {
        language == .en ? "Q\(n)" : "TW " + ["I", "II", "III", "IV"][n - 1]
    }

    /// `TW3` → `Triwulan III`; the year → `Tahunan` / `Annual`.
    func period(_ period: ReportPeriod) -> String {
        switch period {
        case .quarter(let n): return quarter(n)
        case .annual: return language == .en ? "Annual" : "Tahunan"
        }
    }

    /// A category label in the report's language.
    func label(_ band: RatingScale.Band) -> String { language == .en ? band.englishLabel : band.label }

    /// An 18-digit NIP grouped 8-6-1-3 (`197203151998032004` → `19720315 199803 2 004`). Anything else
    /// (a PPPK number, an already grouped NIP with other spacing) is printed as written, spaces tidied.
    /// An ASCII text (every NIP) is read by bytes, where its Characters cost some 60 000 instructions a NIP,
    /// printed in every document's signature and both manifests (ViewFastPathTests compare both ways).
    static func nip(_ text: String) -> String {
        var digits: [UInt8] = [], ascii = true
        for byte in text.utf8 {
            guard byte < 0x80 else {
                ascii = false
                break
            }
            // The ASCII White_Space: tab, line feed, vertical tab, form feed, carriage return, space.
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { digits.append(byte) }
        }
        guard ascii else { return nipByCharacters(text) }
        guard digits.count == 18, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var grouped: [UInt8] = []
        grouped.reserveCapacity(21)
        for (index, digit) in digits.enumerated() {
            if index == 8 || index == 14 || index == 15 { grouped.append(UInt8(ascii: " ")) }
            grouped.append(digit)
        }
        return String(decoding: grouped, as: UTF8.self)
    }

    /// `nip` by Characters, as it was written first: any text.
    static func nipByCharacters(_ text: String) -> String {
        let digits = text.filter { !$0.isWhitespace }
        guard digits.count == 18, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let d = Array(digits)
        return "\(String(d[0..<8])) \(String(d[8..<14])) \(String(d[14])) \(String(d[15..<18]))"
    }
}
