/// A cell's address as a spreadsheet shows it: column letters and a 1-based row (`C14`).
struct CellReference: Equatable {
    /// 1-based: A = 1, Z = 26, AA = 27.
    let column: Int
    let row: Int

    /// Reads `C14` (letters then digits, case-insensitive); nil for anything else.
    init?(_ text: String) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard let column = Self.column(of: String(letters)), let row = Int(digits), row > 0 else { return nil }
        (self.column, self.row) = (column, row)
    }

    init(column: Int, row: Int) { (self.column, self.row) = (column, row) }

    var text: String { Self.letters(column) + String(row) }

    /// `1` → `A`, `27` → `AA`, `703` → `AAA` (bijective base 26).
    static func letters(_ column: Int) -> String {
        var n = column
        var result: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            result.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(result.reversed())
    }

    /// `A` → 1, `aa` → 27; nil when empty or not letters (Excel's last column, XFD, is 16384).
    static func column(of letters: String) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var n = 0
        for scalar in letters.uppercased().unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n
    }
}
