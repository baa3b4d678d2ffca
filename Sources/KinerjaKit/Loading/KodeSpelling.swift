/// The indicator a kode was most likely meant for when it is not one: the same letters and digits in another
/// case or with other separators (`ikk-09`, `IKK 09`, `IKK_09` for `IKK-09`). Said in the unknown-kode error, never
/// matched silently: two indicators may differ by exactly that.
///
///     meant("ikk-09", among: ["IKK-09", "IKK-10"]) → "IKK-09"
///     meant("IKK 09", among: ["IKK-09"])           → "IKK-09"
///     meant("IKK-9", among: ["IKK-09"])            → nil (another number)
enum KodeSpelling {
    static func meant(_ kode: String, among indicators: Set<String>) -> String? {
        let folded = fold(kode)
        guard !folded.isEmpty else { return nil }
        let matches = indicators.filter { fold($0) == folded }
        return matches.count == 1 ? matches.first : nil
    }

    /// The letters (upper-cased) and digits alone.
    static func fold(_ kode: String) -> String {
        String(kode.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
