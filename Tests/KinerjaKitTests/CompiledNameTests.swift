import Testing

@testable import KinerjaKit

/// The parser's names (`CompiledName(ascii:)`, one pass over the tag's bytes, in place inside the
/// template's) split as the plain `CompiledName(_:)` splits the same text: random names of the name
/// characters, dots doubled, leading and trailing, taken from the middle of a larger buffer.
struct CompiledNameTests {
    @Test func asciiNamesSplitAsTheirText() {
        var random = SeededGenerator(seed: 22)
        let pieces = ["a", "nama", "l", "judul_bab", ".", ".", "..", "x-y", "?", "*", "1", "IKU", "_"]
        for _ in 0..<5_000 {
            let name = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            let buffer = Array("{{# ".utf8) + Array(name.utf8) + Array(" }}".utf8)
            let compiled = CompiledName(ascii: buffer[4..<(4 + name.utf8.count)])
            let plain = CompiledName(name)
            #expect(compiled == plain, "\(name)")
            #expect(compiled.parts.joined(separator: ".") == plain.parts.joined(separator: "."))
        }
    }
}
