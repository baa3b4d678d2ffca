/// Characters a cell may carry that would act on the terminal or reorder what is read instead of
/// showing: control characters (ESC sequences that move the cursor or retitle the window, NUL, line
/// breaks inside one diagnostic) and the bidirectional overrides that make `kode` read backwards.
/// Diagnostics print them escaped, as Swift writes them: ESC is `\u{1B}`.
enum ControlCharacters {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `"IKU\u{1B}[2J"` → `IKU\u{1B}[2J` with the escape visible; text without such characters is returned as it is.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
