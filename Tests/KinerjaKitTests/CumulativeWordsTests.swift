import Foundation
import Testing

@testable import KinerjaKit

/// Running totals told by the planner's words (`CumulativeRealisasi`): a catatan or a sheet title that says
/// "kumulatif" or "s.d.", for a `jumlah` indicator whose quarters never fall. The fixture
/// `planner/cumulative-words` has the title; these cover the catatan in a CSV file and what is not a doubt.
struct CumulativeWordsTests {
    static let indikator = """
        kode,tingkat,sasaran,indikator,satuan,polaritas,agregasi,target
        J,sasaran,S,Desa ODF,desa,positif,jumlah,12
        T,sasaran,S,Jalan mantap,%,positif,terakhir,80

        """

    func doubts(_ realisasi: String) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(["profil.yaml": minimalProfile, "indikator.csv": Self.indikator, "realisasi.csv": realisasi])
        let (_, log) = computeReport(folder.url)
        return log.warnings.filter(\.isDoubt).map(\.description)
    }

    @Test func wordsThatSayRunningTotals() {
        for text in ["Realisasi kumulatif", "s.d. TW III", "TW I s/d TW III", "(s.d TW2)", "sampai dengan TW3"] {
            #expect(CumulativeRealisasi.saysCumulative(text), "\(text)")
        }
        // "sd" and "s.d." inside other words are not the abbreviation.
        for text in ["Data dari SD negeri", "Realisasi TW III", "bos.d.a"] {
            #expect(!CumulativeRealisasi.saysCumulative(text), "\(text)")
        }
    }

    @Test func aCatatanSayingSdIsADoubtWithEachQuartersOwnAmount() throws {
        let found = try doubts("kode,periode,nilai,catatan\nJ,TW1,2,\nJ,TW2,5,\nJ,TW3,8,s.d. TW III\n")
        #expect(
            found == [
                "ws/realisasi.csv:4:9: warning: the catatan \"s.d. TW III\" says the realisasi of J are cumulative, but agregasi jumlah adds the quarters up: J (2, 5, 8) counts 15; if they are running totals, type each quarter's own amount (J: 2, 3, 3)"
            ])
    }

    @Test func noDoubtWithoutTheWordsOrWhenTheValuesFallOrAreNotSummed() throws {
        // An honest rising series says nothing: only the planner's words tell it from running totals.
        #expect(try doubts("kode,periode,nilai,catatan\nJ,TW1,2,\nJ,TW2,5,\nJ,TW3,8,\n").isEmpty)
        // Running totals never fall: 5 after 6 is a quarter's own amount, whatever the catatan says.
        #expect(try doubts("kode,periode,nilai,catatan\nJ,TW1,2,\nJ,TW2,6,\nJ,TW3,5,s.d. TW III\n").isEmpty)
        // terakhir takes the last quarter: a running total is what it wants.
        #expect(try doubts("kode,periode,nilai,catatan\nT,TW1,70,\nT,TW2,74,\nT,TW3,78,kumulatif\n").isEmpty)
    }
}
