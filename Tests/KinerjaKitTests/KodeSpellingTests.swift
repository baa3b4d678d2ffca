import Foundation
import Testing

@testable import KinerjaKit

/// A kode in realisasi that is an indicator's in another case or with other separators is an error that names
/// the indicator meant (a planner's trial: `ikk-09` and `IKK 09` got "check its spelling" alone).
struct KodeSpellingTests {
    @Test func theIndicatorMeantIsNamedNeverMatched() {
        let spelling = KodeSpelling(["IKK-09", "IKK-10", "IKU-1", "IKU.1"])
        #expect(spelling.meant("ikk-09") == "IKK-09")
        #expect(spelling.meant("IKK 09") == "IKK-09")
        #expect(spelling.meant("IKK_10") == "IKK-10")
        #expect(spelling.meant("IKK-9") == nil, "another number")
        #expect(spelling.meant("iku 1") == nil, "two indicators fold alike: neither is guessed")
        #expect(spelling.meant("--") == nil)
    }

    @Test func theErrorSaysWhichKodeWasMeant() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = UnreportedQuarterTests().workspace()
        files["realisasi.csv"] = "kode indikator,periode,nilai\nj,TW1,10\nT,TW1,60\n"
        try folder.write(files)
        let (report, log) = computeReport(folder.url)
        #expect(report == nil)
        let errors = log.errors.map { $0.text(.en) }
        #expect(
            errors.contains {
                $0.hasSuffix(
                    "realisasi.csv:2:1: error: unknown kode \"j\": indikator.csv has no indicator with this code; did you mean J? A kode is written exactly as in indikator.csv"
                )
            }, "\(errors)")
        #expect(errors.count == 1, "the header kode indikator is kode: \(errors)")
    }
}
