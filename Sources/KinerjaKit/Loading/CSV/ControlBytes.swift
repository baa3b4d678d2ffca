extension ControlCharacters {
    /// Whether any byte of `text` could begin a scalar `isUnsafeInText`: a byte below 0x20 other than tab, LF and
    /// CR, 0x7F, or a lead byte 0xC2 (U+0080–U+009F) or 0xE2 (U+200E…U+2069), as `holdsUnsafeInText` looks first.
    /// False says that no piece of `text` (a cell of the CSV file it is) holds one, told once for the whole file
    /// instead of once for each cell (issue 22). ControlBytesParityTests holds it to `holdsUnsafeInText`.
    ///
    /// Eight bytes at a time: a word whose bytes are all printable ASCII (0x20–0x7E, nearly every word of a table)
    /// holds no candidate, and only the other words are looked at byte by byte (by each byte, this look cost half
    /// of what it saved).
    static func mayHoldUnsafeInText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if isPrintableASCII(word) {
                    index += 8
                    continue
                }
                for offset in 0..<8 where isCandidate(bytes[index + offset]) { return true }
                index += 8
            }
            while index < bytes.count {
                if isCandidate(bytes[index]) { return true }
                index += 1
            }
            return false
        }
    }

    /// A byte that may begin a scalar `isUnsafeInText`.
    static func isCandidate(_ byte: UInt8) -> Bool {
        byte < 0x20 ? byte != 0x09 && byte != 0x0A && byte != 0x0D : byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// Whether every byte of `word` is in 0x20–0x7E: none is below 0x20 and none above 0x7E, each told for all
    /// eight bytes at once (the "has less" and "has more" tests of Bit Twiddling Hacks, exact as a yes or no).
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = ((word &+ ones &* (127 - 0x7E)) | word) & highs
        return below == 0 && above == 0
    }
}
