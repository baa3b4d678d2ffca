/// Which sheet of a workbook holds a table. A sheet named as the table (`realisasi`, `Realisasi`) is it;
/// a sheet named the way people rename one, the table's name with a year or a period after it (`Anggaran
/// 2025`, `Siklus TW3`, `REALISASI_TW III`, `indikator-2025`), is it too, with a warning naming the sheet,
/// so a renamed sheet never silently drops a table from a signed report. Two such sheets for one table are
/// an error: which one is meant cannot be guessed; so are two sheets named as the table in different case
/// (`realisasi` and `REALISASI`). A sheet named as the table beside renamed ones (`Anggaran` and `Anggaran
/// 2025`) is read, and the others are named in a warning: they are not read.
enum SheetLookup {
    enum Found: Equatable {
        /// The sheet named as the table; `ignored`: the sheets named like it that are therefore not read.
        case exact(Workbook.Sheet, ignored: [Workbook.Sheet])
        /// A sheet whose name is the table's with a year or period added.
        case renamed(Workbook.Sheet)
        case several([Workbook.Sheet])
        case none
    }

    static func find(_ table: String, in sheets: [Workbook.Sheet]) -> Found {
        let exact = sheets.filter { $0.name.trimmingSpaces().lowercased() == table }
        let near = sheets.filter { key($0.name) == table }
        if exact.count > 1 { return .several(exact) }
        if let only = exact.first { return .exact(only, ignored: near.filter { $0 != only }) }
        switch near.count {
        case 0: return .none
        case 1: return .renamed(near[0])
        default: return .several(near)
        }
    }

    /// Whether `name` is some table's sheet (exactly or renamed), to tell the other sheets apart.
    static func isTable(_ name: String) -> Bool {
        TableSchema.all.contains { $0.name == key(name) }
    }

    /// A sheet's name without case, separators, and the years and periods people add after a table's
    /// name: `Anggaran 2025` → `anggaran`, `Siklus TW3` → `siklus`, `Realisasi_TW III 2025` → `realisasi`.
    static func key(_ name: String) -> String {
        var words = words(name)
        while words.count > 1, let last = words.last, isPeriodWord(last) { words.removeLast() }
        return words.joined()
    }

    /// Whether a sheet's name holds a quarter (`Realisasi TW1`, `TW 2`, `Triwulan III`, `Q3`), not only a year or
    /// a copy's number: the sheets of a workbook kept one per quarter.
    ///
    ///     namesAQuarter("Realisasi TW1") → true, namesAQuarter("Realisasi 2024") → false
    static func namesAQuarter(_ name: String) -> Bool {
        let words = words(name)
        return words.indices.contains { index in
            isQuarter(words[index])
                || (quarterWords.contains(words[index]) && index + 1 < words.count
                    && numerals.contains(words[index + 1]))
        }
    }

    private static func words(_ name: String) -> [String] {
        name.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "." || $0 == "(" || $0 == ")" })
            .map(String.init)
    }

    private static let quarterWords = ["tw", "triwulan", "q"]
    private static let numerals = ["1", "2", "3", "4", "i", "ii", "iii", "iv"]

    /// `tw3`, `q1`, `twiii`.
    private static func isQuarter(_ word: String) -> Bool {
        ["tw", "q"].contains { word.hasPrefix($0) && numerals.contains(String(word.dropFirst($0.count))) }
    }

    private static func isPeriodWord(_ word: String) -> Bool {
        if word.count == 4, word.allSatisfy(\.isASCII), Int(word).map({ (1900...2999).contains($0) }) == true {
            return true
        }
        return quarterWords.contains(word) || word == "tahunan" || numerals.contains(word) || isQuarter(word)
    }
}
