extension ControlCharacters {
    /// Whether any byte of `text` could begin a scalar `isUnsafeInText`: a byte below 0x20 other than tab, LF and
    /// CR, 0x7F, or a lead byte 0xC2 (U+0080–U+009F) or 0xE2 (U+200E…U+2069), as `holdsUnsafeInText` looks first.
    /// False says that no piece of `text` (a cell of the CSV file it is) holds one, told once for the whole file
    /// instead of once for each cell (issue 22). ControlBytesParityTests holds it to `holdsUnsafeInText`.
    static func mayHoldUnsafeInText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { byte in
                byte < 0x20
                    ? byte != 0x09 && byte != 0x0A && byte != 0x0D : byte == 0x7F || byte == 0xC2 || byte == 0xE2
            }
        }
    }
}
