import Foundation
import Testing

@testable import KinerjaKit

/// Realisasi kept one column per quarter (kode, TW1, TW2, TW3), as a planner's trial did: the error about the
/// missing periode says what the layout is and which one kinerja reads.
struct WideRealisasiTests {
    @Test func aColumnPerQuarterIsNamedInTheError() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = UnreportedQuarterTests().workspace()
        files["realisasi.csv"] = "kode,TW1,TW2,TW3\nT,60,61,62\n"
        try folder.write(files)
        let errors = computeReport(folder.url).1.errors.map { $0.message.en }
        #expect(
            errors.contains {
                $0.hasPrefix("missing required column \"periode\"")
                    && $0.contains("one column per quarter (TW1, TW2, TW3)")
            }, "\(errors)")
        // A header that merely lacks periode is told so alone.
        files["realisasi.csv"] = "kode,nilai\nT,60\n"
        try folder.write(files)
        let plain = computeReport(folder.url).1.errors.map { $0.message.en }
        #expect(plain == ["missing required column \"periode\"; the header has: kode, nilai"], "\(plain)")
    }
}
