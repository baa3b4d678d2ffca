import Foundation
import Testing

@testable import KinerjaKit

/// A kode in realisasi that is an indicator's in another case or with other separators is an error that names
/// the indicator meant (a planner's trial: `ikk-09` and `IKK 09` got "check its spelling" alone).
struct KodeSpellingTests {
    @Test func theIndicatorMeantIsNamedNeverMatched() {
        let kodes: Set<String> = ["IKK-09", "IKK-10", "IKU-1", "IKU.1"]
        #expect(KodeSpelling.meant("ikk-09", among: kodes) == "IKK-09")
        #expect(KodeSpelling.meant("IKK 09", among: kodes) == "IKK-09")
        #expect(KodeSpelling.meant("IKK_10", among: kodes) == "IKK-10")
        #expect(KodeSpelling.meant("IKK-9", among: kodes) == nil, "another number")
        #expect(KodeSpelling.meant("iku 1", among: kodes) == nil, "two indicators fold alike: neither is guessed")
        #expect(KodeSpelling.meant("--", among: kodes) == nil)
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
