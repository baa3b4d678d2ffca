import Foundation
import Testing

@testable import KinerjaKit

/// `CSVSource.withinBounds`, which clears a file by the distances between its LFs (issue 22), never clears one
/// that `beyondBounds(bytes:)` refuses, and `beyondBounds(_:)` (which asks it first) answers what counting every
/// byte answers: on random files of delimiters, LFs, CRs and text, with lines around `widestLine` delimiters.
struct CSVBoundsParityTests {
    @Test func clearedFilesAreWithinBoundsByCounting() {
        var random = SeededGenerator(seed: 22)
        let widest = CSVSource.widestLine
        var cleared = 0, refused = 0, countedAndPassed = 0
        for round in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                switch Int.random(in: 0..<6, using: &random) {
                case 0:
                    // A line of about `widestLine` delimiters, ended by LF, CR, CRLF or nothing.
                    let count = widest + Int.random(in: -2...2, using: &random)
                    bytes += (0..<count).map { _ in Bool.random(using: &random) ? 0x2C : 0x3B }
                case 1:
                    // A long line of text, with a few delimiters.
                    bytes += (0..<(widest + Int.random(in: -3...3, using: &random))).map { _ in
                        Int.random(in: 0..<50, using: &random) == 0 ? 0x3B : 0x61
                    }
                case 2:
                    // Many short lines (separated by CR alone now and then).
                    for _ in 0..<Int.random(in: 1...200, using: &random) {
                        bytes += Array("a;b,\"c;d\"".utf8)
                        bytes.append(Int.random(in: 0..<8, using: &random) == 0 ? 0x0D : 0x0A)
                    }
                case 3:
                    // Lines of delimiters split by CR only: long between LFs, short as lines.
                    for _ in 0..<Int.random(in: 2...4, using: &random) {
                        bytes += [UInt8](repeating: 0x3B, count: widest / 2 + Int.random(in: -2...2, using: &random))
                        bytes.append(0x0D)
                    }
                default:
                    bytes += Array(" x,1\r\n".utf8) + (Bool.random(using: &random) ? [0x0A] : [0x0D])
                }
                if Bool.random(using: &random) { bytes.append([0x0A, 0x0D, 0x0A].randomElement(using: &random)!) }
            }
            bytes.withUnsafeBytes { buffer in
                let counted = CSVSource.beyondBounds(bytes: buffer)
                let within = CSVSource.withinBounds(buffer)
                if within {
                    cleared += 1
                    #expect(
                        counted == nil, "round \(round): cleared, but counting refuses at line \(counted?.line ?? 0)")
                } else if counted == nil {
                    countedAndPassed += 1
                } else {
                    refused += 1
                }
                let told = CSVSource.beyondBounds(Data(bytes))
                #expect(told?.line == counted?.line && told?.message == counted?.message, "round \(round)")
            }
        }
        // A file of more than `mostCells` delimiters in short lines is told by counting.
        let many = Data([UInt8](repeating: 0x2C, count: 9) + [0x0A]).repeated(CSVSource.mostCells / 9 + 2)
        many.withUnsafeBytes { #expect(!CSVSource.withinBounds($0) && CSVSource.beyondBounds(bytes: $0) != nil) }
        #expect(CSVSource.beyondBounds(many) != nil)
        #expect(cleared > 50 && refused > 50 && countedAndPassed > 20, "\(cleared) \(refused) \(countedAndPassed)")
    }
}

extension Data {
    fileprivate func repeated(_ times: Int) -> Data {
        var all = Data(capacity: count * times)
        for _ in 0..<times { all.append(self) }
        return all
    }
}
