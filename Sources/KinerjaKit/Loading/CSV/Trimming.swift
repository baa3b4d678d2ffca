/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges through NSString and was
/// about a tenth of a many-agency run's time (BENCHMARKS.md). Same sets as Foundation's:
/// `.whitespaces` is general category Zs plus tab; `.whitespacesAndNewlines` adds U+000A–U+000D and U+0085.
///
///     "  98,5\t".trimmingSpaces() → "98,5";  " a\n".trimmingSpaces() → "a\n";  " a\n".trimmingWhitespace() → "a"
extension String {
    /// As for any text, but an empty String, or one whose first and last bytes are ASCII and kept, is returned as it
    /// is: the generic way, asked of every cell a loader reads, cost 250 instructions for such a String (issue 22).
    /// Any other String is trimmed the generic way (TrimmingParityTests).
    func trimmingSpaces() -> String { keepsEnds(newlines: false) ? self : self[...].trimmingSpaces() }

    func trimmingWhitespace() -> String { keepsEnds(newlines: true) ? self : self[...].trimmingWhitespace() }

    /// Whether trimming leaves the text as it is: it is empty, or its first and last bytes are ASCII and kept. Read
    /// from the String's storage (`utf8.last` alone cost 76 instructions).
    private func keepsEnds(newlines: Bool) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let head = bytes.first, let tail = bytes.last else { return true }
            func kept(_ byte: UInt8) -> Bool {
                byte < 0x80 && byte != 0x20 && byte != 0x09 && !(newlines && (0x0A...0x0D).contains(byte))
            }
            return kept(head) && kept(tail)
        }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String { trimming { Self.isSpace($0) } }

    func trimmingWhitespace() -> String { trimming { Self.isSpace($0) || Self.isNewline($0) } }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value > 0x7F && s.properties.generalCategory == .spaceSeparator)
    }

    private static func isNewline(_ s: Unicode.Scalar) -> Bool { (0x0A...0x0D).contains(s.value) || s.value == 0x85 }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        // Most cells start and end with a letter or a digit: then nothing is trimmed. Told by the first and last
        // bytes (the first and last scalars are ASCII exactly when these are): the last scalar, found by decoding
        // backwards, cost more than the rest of trimming such a cell (issue 22).
        let untouched = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let head = bytes.first, let tail = bytes.last else { return false }
            return head < 0x80 && tail < 0x80 && !drop(Unicode.Scalar(head)) && !drop(Unicode.Scalar(tail))
        }
        if untouched == true { return String(self) }
        let scalars = unicodeScalars
        if untouched == nil, let head = scalars.first, let tail = scalars.last, head.isASCII, tail.isASCII, !drop(head),
            !drop(tail)
        {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !drop($0) })!)
        if first == scalars.startIndex, end == scalars.endIndex { return String(self) }
        // The kept bytes copied whole, not a scalar at a time: a narrative of 10 KB ending in a newline cost
        // 200 000 instructions that way, 3 % of a kabupaten's run. (Not `self[first..<end]`: slicing rounds to
        // Characters, and a kept combining mark belongs to the trimmed space before it.)
        let (low, high) = (utf8.distance(from: startIndex, to: first), utf8.distance(from: startIndex, to: end))
        if let kept = utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[low..<high]), as: UTF8.self)
        }) {
            return kept
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first..<end])
        return String(result)
    }
}
