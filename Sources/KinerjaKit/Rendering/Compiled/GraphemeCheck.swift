/// Whether a template's bytes can be read one ASCII byte at a time exactly as swift-mustache reads its
/// Characters.
///
/// swift-mustache's parser compares Characters (grapheme clusters), kinerja's compiled parser compares
/// bytes. The two agree on every text where each ASCII character is a Character of its own and no other
/// Character equals an ASCII one, which is every text but those where:
/// - an ASCII character joins the scalar beside it into one Character (a space or `{` followed by a
///   combining mark, a zero-width joiner or a spacing mark; a prepended mark before it), or
/// - a scalar is canonically equivalent to an ASCII character: U+037E (`;`), U+1FEF (`` ` ``) and U+212A
///   (`K`), the only three (TemplateParityTests checks every scalar).
/// Such a template is parsed by swift-mustache instead (`CompiledTemplate.init`), so it renders as before.
enum GraphemeCheck {
    /// The three, as `isLookalike` tests them.
    static let asciiLookalikes: Set<UInt32> = [0x037E, 0x1FEF, 0x212A]

    /// Walks the bytes and looks at a scalar only where ASCII and non-ASCII meet (the scalar view was a
    /// tenth of compiling the templates).
    static func isByteReadable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isByteReadable)
    }

    /// `isByteReadable` for a text of these (valid UTF-8) bytes.
    static func isByteReadable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: Unicode.Scalar?
        var index = 0
        while index < bytes.count {
            // A run of ASCII bytes: no lookalike, and nothing to join inside it; the scalar before the
            // next non-ASCII one is the run's last byte (the templates are almost all ASCII, and this
            // loop was a sixth of compiling them).
            if bytes[index] < 0x80, let last = previous, last.isASCII {
                while index < bytes.count, bytes[index] < 0x80 { index += 1 }
                previous = Unicode.Scalar(bytes[index - 1])
                continue
            }
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalar = length == 1 ? Unicode.Scalar(lead) : decode(bytes, at: index, length: length)
            if !scalar.isASCII, isLookalike(scalar.value) { return false }
            if let previous, previous.isASCII != scalar.isASCII, joins(previous, scalar) { return false }
            previous = scalar
            index += length
        }
        return true
    }

    private static func isLookalike(_ value: UInt32) -> Bool { value == 0x037E || value == 0x1FEF || value == 0x212A }

    /// Whether the two scalars make one Character.
    private static func joins(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        return String(pair).count == 1
    }

    /// The scalar of the valid UTF-8 sequence of `length` bytes at `index`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)!
    }
}
