import Foundation
import Testing

@testable import KinerjaKit

/// The report's quarter missing for one indicator (issue 18): computed by the rule of `agregasi`,
/// and said in the value's footnote, under Perlu Perhatian and in capaian.csv's status.
struct UnreportedQuarterTests {
    @Test func findsTheReportQuarterMissingAfterEarlierOnes() {
        func find(_ values: [Decimal?], _ period: ReportPeriod, year: Bool = false) -> UnreportedQuarter? {
            UnreportedQuarter.find(quarters: values, period: period, hasYearValue: year)
        }
        #expect(find([1, 2, nil, nil], .quarter(3)) == UnreportedQuarter(quarter: 3, used: [1, 2]))
        #expect(find([1, nil, nil, nil], .quarter(3)) == UnreportedQuarter(quarter: 3, used: [1]))
        #expect(find([nil, 2, 3, nil], .quarter(3)) == nil, "the report's quarter is there")
        #expect(find([nil, nil, nil, nil], .quarter(3)) == nil, "no value at all is belum-ada-data")
        #expect(find([nil, nil, nil, nil], .quarter(1)) == nil)
        #expect(find([1, 2, 3, nil], .annual) == UnreportedQuarter(quarter: 4, used: [1, 2, 3]))
        #expect(find([1, 2, 3, nil], .annual, year: true) == nil, "a whole-year value is the year's realisasi")
        #expect(find([1, 2, 3, nil], .quarter(4)) == UnreportedQuarter(quarter: 4, used: [1, 2, 3]))
    }

    static let indikator = """
        kode,tingkat,sasaran,indikator,satuan,polaritas,agregasi,target
        T,sasaran,S,Terakhir,%,positif,terakhir,65
        J,sasaran,S,Jumlah,orang,positif,jumlah,600
        R,sasaran,S,Rata-rata,indeks,positif,rata-rata,82
        N,sasaran,S,Negatif,%,negatif,terakhir,10
        L,sasaran,S,Lengkap,%,positif,terakhir,75

        """
    static let realisasi = """
        kode,periode,nilai,catatan
        T,TW1,61.5,
        T,TW2,62.8,
        T,TW3,,Data PPG belum diumumkan
        J,TW1,120,
        J,TW2,140,
        R,TW1,80,
        R,TW2,83.5,
        N,TW2,25,
        L,TW2,70,
        L,TW3,73.6,

        """

    func workspace(_ profile: String = minimalProfile) -> [String: String] {
        ["profil.yaml": profile, "indikator.csv": Self.indikator, "realisasi.csv": Self.realisasi]
    }

    @Test func computedByTheRuleOfAgregasiAndFlagged() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(workspace())
        let report = try #require(computeReport(folder.url).0)
        let byKode = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.indicator.kode, $0) })
        // The rule of docs/aturan-capaian.md is kept: terakhir takes TW2, jumlah sums TW1–TW2, rata-rata averages them.
        #expect(byKode["T"]?.realisasi == decimal("62.8"))
        #expect(byKode["T"]?.capaian.value?.fixedString() == "96.62")
        #expect(byKode["J"]?.realisasi == 260)
        #expect(byKode["R"]?.realisasi == decimal("81.75"))
        for kode in ["T", "J", "R"] {
            #expect(byKode[kode]?.capaian.status == .belumLaporPeriode, "\(kode)")
            #expect(byKode[kode]?.unreported == UnreportedQuarter(quarter: 3, used: [1, 2]), "\(kode)")
        }
        // A status that explains the capaian itself keeps its place: 25 against 10 is floored at 0.
        #expect(byKode["N"]?.capaian.status == .dibatasiNol)
        #expect(byKode["N"]?.unreported == UnreportedQuarter(quarter: 3, used: [2]))
        // With the report's quarter present nothing changes.
        #expect(byKode["L"]?.capaian.status == .ok)
        #expect(byKode["L"]?.unreported == nil)
        // The flagged values still enter the average, as docs/aturan-capaian.md says.
        #expect(report.average != nil && report.keyIndicatorsWithoutCapaian.isEmpty)
    }

    func render(_ files: [String: String]) throws -> (md: String, html: String, csv: String) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(files)
        var log = DiagnosticLog()
        let request = RunRequest(workspace: folder.url, templates: Paths.templates, defaultTemplates: Paths.templates)
        let result = try #require(Pipeline.run(request, log: &log), "\(log.sorted)")
        func text(_ name: String) throws -> String {
            String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
        }
        return (try text("laporan-pemantauan.md"), try text("laporan-pemantauan.html"), try text("capaian.csv"))
    }

    /// The line of `text` that starts with `prefix`.
    func line(_ text: String, _ prefix: String) -> String {
        text.components(separatedBy: "\n").first { $0.hasPrefix(prefix) } ?? ""
    }

    @Test func theReportSaysSo() throws {
        let (md, html, csv) = try render(workspace())
        // The value and its footnote, in the words of each aggregation.
        let notes = md.components(separatedBy: "\n").filter { $0.hasPrefix("- ") }
        #expect(notes.contains { $0.hasSuffix(" Nilai TW II; TW III belum dilaporkan.") })
        #expect(notes.contains { $0.hasSuffix(" Jumlah TW I–TW II; TW III belum dilaporkan.") })
        #expect(notes.contains { $0.hasSuffix(" Rata-rata TW I–TW II; TW III belum dilaporkan.") })
        #expect(line(md, "| T (IKU) |").contains("| 62,8² | 96,62%ᵃ³ |"), "\(line(md, "| T (IKU) |"))")
        #expect(line(md, "| L (IKU) |").contains("| 73,6 | 98,13%ᵃ |"), "unchanged: \(line(md, "| L (IKU) |"))")
        #expect(html.contains("Nilai TW II; TW III belum dilaporkan."))
        // Perlu Perhatian lists it as not reported this quarter.
        #expect(line(md, "| T |").contains("realisasi TW III belum dilaporkan"), "\(line(md, "| T |"))")
        #expect(line(md, "| J |").contains("realisasi TW III belum dilaporkan"))
        #expect(line(md, "| L |").isEmpty, "an indicator with its quarter is not listed")
        // capaian.csv: the status, the value computed as before, realisasi_tw empty.
        #expect(line(csv, "T,").contains(",2024-TW3,65,,62.8,96.62,Sangat Tinggi,,,,,,belum-lapor-periode,"))
        #expect(line(csv, "N,").contains(",dibatasi-nol,"))
        #expect(line(csv, "L,").contains(",73.6,98.13,Sangat Tinggi,,,,,,ok,"))
    }

    @Test func inEnglish() throws {
        let (md, _, _) = try render(workspace(minimalProfile + "bahasa: en\n"))
        #expect(md.contains(" Q2 value; Q3 not yet reported."))
        #expect(md.contains(" Sum of Q1–Q2; Q3 not yet reported."))
        #expect(md.contains(" Mean of Q1–Q2; Q3 not yet reported."))
        #expect(line(md, "| T |").contains("Q3 actual not yet reported"))
        #expect(!md.contains("belum dilaporkan"))
    }

    @Test func quarterListsNameTheQuartersUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(workspace())
        let report = try #require(computeReport(folder.url).0)
        let c = ReportContext(
            report: report, labels: ["belum_lapor_rata_rata": "Rata-rata {triwulan}; {periode} belum dilaporkan."],
            narrative: [:])
        #expect(c.quarterList([1, 2, 3]) == "TW I–TW III")
        #expect(c.quarterList([1, 3]) == "TW I, TW III")
        #expect(c.quarterList([2]) == "TW II")
        #expect(
            c.unreportedText(UnreportedQuarter(quarter: 4, used: [1, 3]), aggregation: .rataRata)
                == "Rata-rata TW I, TW III; TW IV belum dilaporkan.")
    }
}

/// Earlier quarters left empty while a later one has a value: said for `jumlah` and `rata-rata`, whose
/// realisasi s.d. combines only the values present (a planner's trial: 22 of TW1 and TW3, 55 %, with a footnote alone).
struct SkippedQuartersTests {
    @Test func findsTheEmptyQuartersBeforeTheLastValue() {
        func find(_ values: [Decimal?], _ period: ReportPeriod, _ aggregation: Aggregation = .jumlah) -> [Int] {
            SkippedQuarters.find(quarters: values, period: period, aggregation: aggregation)?.skipped ?? []
        }
        #expect(find([10, nil, 12, nil], .quarter(3)) == [2])
        #expect(find([nil, nil, 12, nil], .quarter(3)) == [], "measured from TW3 on")
        #expect(find([nil, 5, nil, 12], .quarter(4)) == [3])
        #expect(find([10, 12, nil, nil], .quarter(3)) == [], "the report's quarter is UnreportedQuarter's")
        #expect(find([10, nil, 12, nil], .quarter(3), .terakhir) == [], "terakhir takes the latest value alone")
        #expect(find([10, nil, 12, nil], .quarter(3), .rataRata) == [2])
        #expect(find([nil, nil, nil, nil], .quarter(3)) == [])
        #expect(find([10, nil, 12, 14], .annual) == [2])
        #expect(
            SkippedQuarters.find(
                quarters: [10, nil, 12, 14], period: .annual, aggregation: .jumlah, hasYearValue: true)
                == nil, "a whole-year value is the year's realisasi")
        #expect(
            SkippedQuarters.find(quarters: [10, nil, 12, nil], period: .quarter(3), aggregation: .jumlah)
                == SkippedQuarters(skipped: [2], used: [1, 3]))
    }

    @Test func aJumlahWithAnEmptyTW2IsSaid() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = UnreportedQuarterTests().workspace()
        files["realisasi.csv"] = """
            kode,periode,nilai,catatan
            J,TW1,10,
            J,TW3,12,
            T,TW1,60,
            T,TW3,60,
            R,TW3,80,
            N,TW3,9,
            L,TW3,70,

            """
        try folder.write(files)
        let (report, log) = computeReport(folder.url)
        #expect(report?.indicators.first { $0.indicator.kode == "J" }?.realisasi == 22)
        let said = log.warnings.map(\.message.en).filter { $0.contains("while TW3 has one") }
        #expect(
            said == [
                "J has no value for TW2 of 2024 while TW3 has one: its realisasi s.d. (jumlah) combines TW1, TW3 alone; fill TW2 if it has a value"
            ], "\(said)")
    }
}
