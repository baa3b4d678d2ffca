import Foundation
import Testing

@testable import KinerjaKit

/// What `kinerja init` tells a planner a quarter's value is (issue 18): it depends on `agregasi`; a `jumlah`
/// indicator's quarterly values are each quarter's own amount, never "s.d." (cumulative).
struct StarterGuideTests {
    /// The `petunjuk` sheet of the starter workbook: column name → explanation.
    func guide() throws -> [String: String] {
        let files = try StarterWorkspace.files(xlsx: true)
        let data = try #require(files.first { $0.path == StarterWorkspace.workbookName }).data
        let book = try Workbook(data: data)
        let sheet = try #require(book.sheet(named: "petunjuk"))
        var meanings: [String: String] = [:]
        for row in try book.rows(of: sheet).rows {
            let texts = row.cells.map { cell -> String in if case .text(let t) = cell.value { t } else { "" } }
            if texts.count == 3 { meanings[texts[0] + "." + texts[1]] = texts[2] }
        }
        return meanings
    }

    @Test func thePetunjukSheetExplainsEachAggregation() throws {
        let guide = try guide()
        let value = try #require(guide["realisasi.nilai"])
        #expect(!value.contains("s.d."), "\(value)")
        #expect(value.contains("jumlah = jumlah triwulan itu saja, bukan kumulatif"))
        #expect(value.contains("terakhir = posisi pada akhir triwulan itu"))
        #expect(value.contains("rata-rata = nilai triwulan itu"))
        for n in 1...4 {
            let target = try #require(guide["indikator.target_tw\(n)"])
            #expect(!target.contains("s.d."), "\(target)")
            #expect(target.contains("jumlah = target triwulan itu saja (target TW1–TW4 berjumlah target tahunan)"))
            #expect(target.contains("terakhir = posisi yang diharapkan pada akhir TW\(n)"))
        }
        // The other columns are as they were.
        #expect(guide["realisasi.kode"] == "Kode indikator dari tabel indikator.")
    }

    @Test func bacaSayaSaysItToo() throws {
        for xlsx in [false, true] {
            let files = try StarterWorkspace.files(xlsx: xlsx)
            let readme = String(decoding: try #require(files.first { $0.path == "BACA-SAYA.md" }).data, as: UTF8.self)
            #expect(readme.contains("## Nilai per triwulan"))
            #expect(readme.contains("- `jumlah`: jumlah triwulan itu saja, bukan kumulatif"))
            #expect(readme.contains("- `terakhir`: posisi pada akhir triwulan"))
            #expect(readme.contains("- `rata-rata`: nilai triwulan itu"))
            #expect(!readme.contains("s.d."))
        }
    }

    /// BACA-SAYA.md points at what the planner has without the source tree: the help, the rules and the
    /// guide that the binary prints, never a file of kinerja's repository.
    @Test func bacaSayaPointsAtWhatThePlannerHas() throws {
        for xlsx in [false, true] {
            let files = try StarterWorkspace.files(xlsx: xlsx)
            let readme = String(decoding: try #require(files.first { $0.path == "BACA-SAYA.md" }).data, as: UTF8.self)
            for command in ["kinerja --help", "kinerja aturan", "kinerja aturan --siklus", "kinerja panduan"] {
                #expect(readme.contains(command), "\(command)")
            }
            #expect(!readme.contains("docs/"))
            #expect(readme.contains(xlsx ? "mengisi buku kerja" : "mengisi tabel"))
        }
    }
}
