import Foundation
import Testing

@testable import KinerjaKit

/// The view renderer's `OutputBytes` (issue 22, eleventh round) against the `[UInt8]` it replaced: the same
/// operations give the same bytes, growth included, and every escaping appends the same bytes into either.
struct OutputBytesParityTests {
    /// Random appends (empty, one byte, runs longer than the capacity), inserts, removals and reads of the
    /// tail, from a capacity of one, so the buffer grows many times.
    @Test func operationsAreTheArrays() {
        var random = SeededGenerator(seed: 2212)
        for _ in 0..<300 {
            var output = OutputBytes(capacity: 1), expected: [UInt8] = []
            for _ in 0..<Int(random.next() % 60) {
                let run = (0..<Int(random.next() % 40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                switch random.next() % 6 {
                case 0:
                    let byte = UInt8(truncatingIfNeeded: random.next())
                    (output.appendByte(byte), expected.appendByte(byte))
                case 1:
                    let at = Int(random.next() % UInt64(expected.count + 1))
                    (output.insertByte(0x5C, at: at), expected.insertByte(0x5C, at: at))
                case 2:
                    let count = Int(random.next() % UInt64(expected.count + 1))
                    (output.removeLastBytes(count), expected.removeLastBytes(count))
                case 3:
                    let capacity = Int(random.next() % 300)
                    (output.reserveCapacity(capacity), expected.reserveCapacity(capacity))
                default:
                    run.withUnsafeBufferPointer { (output.appendBytes($0), expected.appendBytes($0)) }
                }
                #expect(output.count == expected.count)
                let from = Int(random.next() % UInt64(expected.count + 1))
                #expect(output.withBytes(from: from, Array.init) == expected.withBytes(from: from, Array.init))
                if !expected.isEmpty { #expect(output[expected.count - 1] == expected[expected.count - 1]) }
            }
            #expect(output.bytes == expected)
        }
    }

    /// `ValueEscaping.append` into `OutputBytes` and into `[UInt8]`, after bytes already written, for every
    /// escaping and the texts of ViewRendererFastPathTests (Markdown's line-start backslash inserted).
    @Test func escapingAppendsTheSameBytes() {
        var random = SeededGenerator(seed: 2213)
        let escapings: [ValueEscaping] = [.referenceHTML, .html, .markdown, .csv, .text]
        let pieces = ViewRendererFastPathTests.escapedPieces
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 7) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            for escaping in escapings {
                var output = OutputBytes(capacity: 2), expected: [UInt8] = Array("x\n".utf8)
                output.appendBytes(UnsafeBufferPointer(start: nil, count: 0))
                expected.withUnsafeBufferPointer { output.appendBytes($0) }
                escaping.append(text, to: &output)
                escaping.append(text, to: &expected)
                #expect(output.bytes == expected, "\(escaping) \(text.unicodeScalars.map(\.value))")
            }
        }
    }
}
