import Foundation
import Testing

@testable import KinerjaKit

/// Problems that do not stop a run are still said, at their place.
struct WarningTests {
    func load(_ files: [String: Data]) throws -> (PerformanceReport?, DiagnosticLog) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for (name, data) in files { try data.write(to: folder.url.appendingPathComponent(name)) }
        return computeReport(folder.url)
    }

    static let indikator =
        "kode,tingkat,sasaran,indikator,satuan,polaritas,target\nA,sasaran,S,Caf\u{E9},%,positif,90\n"

    /// Excel's "CSV (Comma delimited)" on Windows: names keep their characters, and the planner is told.
    @Test func windows1252FileLoadsWithAWarning() throws {
        let latin = Data(Self.indikator.unicodeScalars.map { UInt8($0.value) })
        let (report, log) = try load([
            "profil.yaml": Data(minimalProfile.utf8), "indikator.csv": latin,
            "realisasi.csv": Data("kode,periode,nilai\nA,TW3,90\n".utf8),
        ])
        #expect(report?.indicators.first?.indicator.name == "Café")
        #expect(
            log.warnings.map(\.description) == [
                "ws/indikator.csv: warning: the file is not UTF-8; it was read as Windows-1252 (Excel's \"CSV (Comma delimited)\"). Save it as \"CSV UTF-8\" to be sure names keep their characters"
            ])
    }

    @Test func unknownColumnsAndHeaderAliases() throws {
        let indikator =
            "Code ; Level ; Objective ; Indicator ; Unit ; Polarity ; Target TW3 ; Target ; Keterangan\nA;sasaran;S;a;%;positif;80;90;x\n"
        let (report, log) = try load([
            "profil.yaml": Data(minimalProfile.utf8), "indikator.csv": Data(indikator.utf8),
            "realisasi.csv": Data("kode;periode;nilai\nA;TW3;81\n".utf8),
        ])
        let result = try #require(report?.indicators.first)
        #expect(result.periodTarget == .value(80))
        #expect(result.capaian.value == 90)
        #expect(
            log.warnings.map(\.description) == [
                "ws/indikator.csv:1:79: warning: unknown column \"Keterangan\" is ignored"
            ])
    }

    @Test func emptyNilaiIsNoDataButKeepsItsNote() throws {
        let (report, log) = try load([
            "profil.yaml": Data(minimalProfile.utf8), "indikator.csv": Data(Self.indikator.utf8),
            "realisasi.csv": Data("kode,periode,nilai,catatan\nA,TW3,,data BPS belum terbit\n".utf8),
        ])
        let result = try #require(report?.indicators.first)
        #expect(result.capaian.status == .belumAdaData && result.capaian.value == nil)
        #expect(result.note == "data BPS belum terbit")
        #expect(!log.hasErrors)
    }

    @Test func nipAndBudgetSanityWarnings() throws {
        let profile = minimalProfile.replacingOccurrences(
            of: "  jabatan: Kepala Dinas Contoh\n", with: "  jabatan: Kepala Dinas Contoh\n  nip: 1970\n")
        let (_, log) = try load([
            "profil.yaml": Data(profile.utf8), "indikator.csv": Data(Self.indikator.utf8),
            "realisasi.csv": Data("kode,periode,nilai\nA,TW3,90\n".utf8),
            "anggaran.csv": Data("kode,uraian,induk,pagu,realisasi_tw1\n1.01,Program,A,100,150\n2.01,Nol,,0,\n".utf8),
        ])
        #expect(
            log.sorted.filter { $0.severity == .warning }.map(\.description) == [
                "ws/anggaran.csv:2:16: warning: 1.01 has spent 150 up to TW3, more than its pagu 100; check the figures",
                "ws/anggaran.csv:3:11: warning: pagu of 2.01 is 0: its serapan cannot be computed",
                "ws/profil.yaml:10:8: warning: kepala.nip \"1970\" is not an 18-digit NIP; it is printed as given",
            ])
    }

    /// Spending typed as running totals (s.d. TW1, s.d. TW2, s.d. TW3, as SIPD prints it) goes over the pagu
    /// when summed: the warning names that likely cause (a planner's trial), and not for quarters that fall.
    @Test func spendingOverThePaguNamesRunningTotals() throws {
        let (_, log) = try load([
            "profil.yaml": Data(minimalProfile.utf8), "indikator.csv": Data(Self.indikator.utf8),
            "realisasi.csv": Data("kode,periode,nilai\nA,TW3,90\n".utf8),
            "anggaran.csv": Data(
                "kode,uraian,induk,pagu,realisasi_tw1,realisasi_tw2,realisasi_tw3\n1.01,Program,A,300,100,200,300\n2.01,Kegiatan,A,300,200,100,50\n3.01,Naik,A,300,100,150,200\n"
                    .utf8),
        ])
        let over = log.warnings.map(\.message.en).filter { $0.contains("more than its pagu") }
        #expect(
            over == [
                "1.01 has spent 600 up to TW3, more than its pagu 300; the quarters never fall, and the last is at least the others together and alone within the pagu, as running totals (s.d.) are: if they are, type each quarter's own spending (TW2 minus TW1, …)",
                "2.01 has spent 350 up to TW3, more than its pagu 300; check the figures",
                // Honest spending rising through the year: its last quarter is below the others together.
                "3.01 has spent 450 up to TW3, more than its pagu 300; check the figures",
            ], "\(over)")
    }
}
