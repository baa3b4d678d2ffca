/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges through NSString and was
/// about a tenth of a many-agency run's time (BENCHMARKS.md). Same sets as Foundation's:
/// `.whitespaces` is general category Zs plus tab; `.whitespacesAndNewlines` adds U+000A–U+000D and U+0085.
///
///     "  98,5\t".trimmingSpaces() → "98,5";  " a\n".trimmingSpaces() → "a\n";  " a\n".trimmingWhitespace() → "a"
extension StringProtocol {
    func trimmingSpaces() -> String { trimming { Self.isSpace($0) } }

    func trimmingWhitespace() -> String { trimming { Self.isSpace($0) || Self.isNewline($0) } }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value > 0x7F && s.properties.generalCategory == .spaceSeparator)
    }

    private static func isNewline(_ s: Unicode.Scalar) -> Bool { (0x0A...0x0D).contains(s.value) || s.value == 0x85 }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
