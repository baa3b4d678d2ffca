/// The indicator a kode was most likely meant for when it is not one: the same letters and digits in another
/// case or with other separators (`ikk-09`, `IKK 09`, `IKK_09` for `IKK-09`). Said in the unknown-kode error, never
/// matched silently: two indicators may differ by exactly that.
///
///     meant("ikk-09") among ["IKK-09", "IKK-10"] → "IKK-09"
///     meant("IKK 09") among ["IKK-09"]           → "IKK-09"
///     meant("IKK-9") among ["IKK-09"]            → nil (another number)
///
/// The indicators are folded once, at the first unknown kode (a file of unknown kodes costs one fold each).
final class KodeSpelling {
    private let indicators: Set<String>
    /// Folded kode → the one indicator it folds from, or nil when several do.
    private lazy var byFold: [String: String?] = {
        var map: [String: String?] = [:]
        for kode in indicators {
            let folded = Self.fold(kode)
            map[folded] = map[folded] == nil ? .some(kode) : .some(nil)
        }
        return map
    }()

    init(_ indicators: Set<String>) { self.indicators = indicators }

    func meant(_ kode: String) -> String? {
        let folded = Self.fold(kode)
        guard !folded.isEmpty, let match = byFold[folded] else { return nil }
        return match
    }

    /// The letters (upper-cased) and digits alone.
    static func fold(_ kode: String) -> String {
        String(kode.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
