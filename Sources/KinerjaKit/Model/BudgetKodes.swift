/// Budget lines as a tree by their kodes, found in one pass instead of by comparing every pair of lines with
/// `BudgetLine.isNested(under:)` (issue 22: a program's 36 lines made 1 296 `hasPrefix` for each sum and serapan).
enum BudgetKodes {
    static let fewest = 16

    /// For each kode, the position of the kode nearest above it: the longest kode `k` of the list that it starts
    /// with `k + "."`; nil for a kode under none. Nil as a whole unless every kode is ASCII and none is repeated: an
    /// ASCII text starts with another exactly when its bytes do, and the other ways are left to the pairwise rule.
    ///
    /// Nil too for fewer than `fewest` kodes.
    ///
    ///     ["1.01", "1.01.02", "1.01.02.2.01", "1.010", …] → [nil, 0, 1, nil, …]
    static func nearestAbove(_ kodes: [String]) -> [Int?]? {
        // Comparing every pair is cheaper for a few lines (a sasaran's) than hashing each kode and its heads.
        guard kodes.count >= fewest else { return nil }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(kodes.count)
        for (index, kode) in kodes.enumerated() {
            guard kode.utf8.allSatisfy({ $0 < 0x80 }), positions.updateValue(index, forKey: kode) == nil else {
                return nil
            }
        }
        return kodes.map { kode in
            var kode = kode
            return kode.withUTF8 { bytes -> Int? in
                var end = bytes.count
                while end > 0 {
                    end -= 1
                    guard bytes[end] == UInt8(ascii: ".") else { continue }
                    let above = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
                    if let position = positions[above] { return position }
                }
                return nil
            }
        }
    }
}
