import Foundation

/// Splits a target cell into its numbers: `80-90` → ["80", "90"], `7 - 8` → ["7", "8"], `75` → ["75"]; a range
/// written the Indonesian way, `80 s.d. 90`, `80 s/d 90` or `80 sampai 90`, is `80-90`.
enum TargetReader {
    /// The words of "sampai dengan" between two numbers, as planners write them (with spaces around).
    static let rangeWords = [" s.d. ", " s.d ", " s/d ", " sd ", " sampai dengan ", " sampai "]

    /// ASCII text (nearly every cell) is split on its bytes (issue 22: Foundation's case-insensitive search was
    /// most of reading a target); other text by Foundation, whose case-insensitive search also folds letters that
    /// are not ASCII (`ſ` is `s`), so that such a cell splits as it always has.
    static func numberTexts(in raw: String) -> [String] {
        var text = raw
        return text.withUTF8 { bytes in
            UTF8Trimming.isASCII(bytes, bytes.indices) ? asciiNumberTexts(bytes) : foundationNumberTexts(in: raw)
        }
    }

    /// How many texts `numberTexts(in: raw)` makes when that is told from the bytes alone: ASCII text without a `-`
    /// (no band) or an `s` (no range word) is itself trimmed, one text, or none when it is blank. Nil for other
    /// text. The convention of a table is settled on every numeric cell, and making the array and the trimmed
    /// text for each was half of that (issue 22); NumberTextsParityTests compares it with `numberTexts`.
    static func singleTextCount(_ raw: String) -> Int? {
        var raw = raw
        return raw.withUTF8 { bytes in
            var blank = true
            for byte in bytes {
                if byte >= 0x80 || byte == UInt8(ascii: "-") || byte | 0x20 == UInt8(ascii: "s") { return nil }
                if byte != 0x20, byte != 0x09 { blank = false }
            }
            return blank ? 0 : 1
        }
    }

    /// `numberTexts` of ASCII text: the range words matched ignoring ASCII case, as Foundation matches them there.
    static func asciiNumberTexts(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        let trimmed = UTF8Trimming.trimmingSpaces(bytes, bytes.indices)
        // Every range word holds an `s`: a text without one in either case (nearly every number) holds none of them,
        // and is not searched six times (issue 22). NumberReaderParityTests compares the split with Foundation's.
        let mayHoldWord = trimmed.contains { bytes[$0] | 0x20 == UInt8(ascii: "s") }
        for word in asciiRangeWords where mayHoldWord {
            guard let found = firstRange(of: word, in: bytes, trimmed) else { continue }
            let replaced =
                Array(bytes[trimmed.lowerBound..<found.lowerBound]) + Array(" - ".utf8)
                + Array(bytes[found.upperBound..<trimmed.upperBound])
            return replaced.withUnsafeBufferPointer { band($0, $0.indices) }
        }
        return band(bytes, trimmed)
    }

    /// Split at the first `-` after the first character that follows a digit, a space or `%` (a leading `-` is a
    /// sign); one text when there is none.
    private static func band(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        for index in range.dropFirst() where bytes[index] == UInt8(ascii: "-") {
            let before = bytes[index - 1]
            guard
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before) || before == 0x20
                    || before == UInt8(ascii: "%")
            else { continue }
            return [text(bytes, range.lowerBound..<index), text(bytes, (index + 1)..<range.upperBound)]
        }
        return range.isEmpty ? [] : [text(bytes, range)]
    }

    private static let asciiRangeWords = rangeWords.map { Array($0.utf8) }

    /// The first place `word` (lowercase ASCII) occurs in `range` of `bytes`, ignoring ASCII case.
    private static func firstRange(
        of word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    )
        -> Range<Int>?
    {
        guard range.count >= word.count else { return nil }
        search: for start in range.lowerBound...(range.upperBound - word.count) {
            for (offset, letter) in word.enumerated() {
                let byte = bytes[start + offset]
                let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                if lowered != letter { continue search }
            }
            return start..<(start + word.count)
        }
        return nil
    }

    /// The text of `range`, trimmed of spaces.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[UTF8Trimming.trimmingSpaces(bytes, range)]), as: UTF8.self)
    }

    /// `numberTexts` by Foundation's search and Characters: the way for text that is not all ASCII.
    static func foundationNumberTexts(in raw: String) -> [String] {
        var text = raw.trimmingSpaces()
        for word in rangeWords {
            guard let range = text.range(of: word, options: .caseInsensitive) else { continue }
            text = String(text[..<range.lowerBound]) + " - " + String(text[range.upperBound...])
            break
        }
        // A band separator is a `-` or `–` after the first character (a leading `-` is a sign).
        let chars = Array(text)
        for i in chars.indices.dropFirst() where chars[i] == "-" || chars[i] == "\u{2013}" {
            let before = chars[i - 1]
            guard before.isNumber || before == " " || before == "%" else { continue }
            let a = String(chars[..<i]).trimmingSpaces()
            let b = String(chars[(i + 1)...]).trimmingSpaces()
            return [a, b]
        }
        return text.isEmpty ? [] : [text]
    }
}
