/// `trimmingSpaces()` (Trimming.swift) on a range of valid UTF-8 bytes, for the readers that work on bytes: the
/// same set (space, tab, and the non-ASCII scalars of general category Zs), so the same text is left.
enum UTF8Trimming {
    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper {
            let byte = bytes[lower]
            if byte == 0x20 || byte == 0x09 {
                lower += 1
            } else if byte >= 0x80, let (scalar, length) = scalar(in: bytes, at: lower), isSpace(scalar) {
                lower += length
            } else {
                break
            }
        }
        while lower < upper {
            let byte = bytes[upper - 1]
            if byte == 0x20 || byte == 0x09 {
                upper -= 1
                continue
            }
            guard byte >= 0x80 else { break }
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let (scalar, _) = scalar(in: bytes, at: start), isSpace(scalar) else { break }
            upper = start
        }
        return lower..<upper
    }

    /// Whether the bytes in `range` are all ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] >= 0x80 { return false }
        return true
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.properties.generalCategory == .spaceSeparator
    }

    /// The scalar whose first byte is at `index`, and its length in bytes.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[index...].makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }
}
