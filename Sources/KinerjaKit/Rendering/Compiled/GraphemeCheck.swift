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
    static let asciiLookalikes: Set<UInt32> = [0x037E, 0x1FEF, 0x212A]

    static func isByteReadable(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, asciiLookalikes.contains(scalar.value) { return false }
            if let previous, previous.isASCII != scalar.isASCII {
                var pair = String.UnicodeScalarView()
                pair.append(previous)
                pair.append(scalar)
                if String(pair).count == 1 { return false }
            }
            previous = scalar
        }
        return true
    }
}
