import Foundation

/// Turns the bytes of an input file into text the way docs/format.md asks:
/// UTF-8 with or without a byte-order mark; anything that is not valid UTF-8 is read as
/// Windows-1252 (what Excel's plain "CSV (Comma delimited)" writes on Windows), with a warning.
enum TextDecoding {
    struct Decoded {
        let text: String
        /// True when the bytes were not UTF-8 and were read as Windows-1252.
        let usedWindows1252: Bool
    }

    static func decode(_ data: Data) -> Decoded {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, usedWindows1252: false)
        }
        return Decoded(text: windows1252(bytes), usedWindows1252: true)
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic characters (€, “, ”, –, …).
    /// Written out rather than left to Foundation, whose support for this encoding differs by platform.
    static func windows1252<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = high[Int(byte) - 0x80] {
                scalars.append(mapped)
            } else {
                // Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value.
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
