import Foundation

/// `text.replacingOccurrences(of: target, with: replacement)` as Foundation answers it, byte by byte where
/// that is the same: Foundation searches by composed characters (about 45 000 instructions a call), which
/// made filling a label's `{periode}`, escaping the QR code's label and the like a percent of a kabupaten's
/// view building.
///
/// When `text` and `target` are both ASCII, every byte is a character but for `\r\n` (one Character), and none
/// composes with another, so Foundation's matches are the byte matches, left to right and not overlapping, for
/// a target without `\r` or `\n` (no match can then split a `\r\n`). Anything else (a label with `é`, an
/// empty target) is left to Foundation. TextReplacementTests compare both on many texts.
enum TextReplacement {
    static func replacing(_ text: String, _ target: String, with replacement: String) -> String {
        var text = text, target = target
        let fast = text.withUTF8 { haystack in
            target.withUTF8 { needle -> [UInt8]?? in
                guard !needle.isEmpty, isASCII(needle), !needle.contains(where: { $0 == 0x0A || $0 == 0x0D }),
                    isASCII(haystack)
                else { return .none }
                return .some(replaced(haystack, needle, Array(replacement.utf8)))
            }
        }
        switch fast {
        case .none: return text.replacingOccurrences(of: target, with: replacement)
        case .some(.none): return text  // no match: the very string
        case .some(.some(let bytes)): return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// The bytes with each match replaced; nil when there is none.
    private static func replaced(
        _ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, _ replacement: [UInt8]
    ) -> [UInt8]? {
        var result: [UInt8] = [], copied = 0, index = 0, matched = false
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0], (1..<needle.count).allSatisfy({ haystack[index + $0] == needle[$0] }) {
                if !matched {
                    result.reserveCapacity(haystack.count + max(0, replacement.count - needle.count) * 4)
                    matched = true
                }
                result.append(contentsOf: haystack[copied..<index])
                result.append(contentsOf: replacement)
                index += needle.count
                copied = index
            } else {
                index += 1
            }
        }
        guard matched else { return nil }
        result.append(contentsOf: haystack[copied...])
        return result
    }
}
