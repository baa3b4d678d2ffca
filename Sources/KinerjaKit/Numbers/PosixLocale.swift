import Foundation

extension Locale {
    /// The locale for reading machine numbers (NumberReader, Workbook); made once, as making a Locale is slow.
    static let posix = Locale(identifier: "en_US_POSIX")
}
