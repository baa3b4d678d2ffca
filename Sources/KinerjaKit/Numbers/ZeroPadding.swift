import Foundation

extension Int {
    /// The number in at least `width` digits, zeros in front: `7.zeroPadded(2)` → `07`, `2024.zeroPadded(4)` → `2024`.
    /// What `String(format: "%02d")` does, without Foundation's format parser (it was a hot spot of the swimlane).
    package func zeroPadded(_ width: Int) -> String {
        let digits = String(self.magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (self < 0 ? "-" : "") + padding + digits
    }
}
