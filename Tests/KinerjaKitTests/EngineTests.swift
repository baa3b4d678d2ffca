import Foundation
import Testing

@testable import KinerjaKit

/// Quarters, the year, the Renstra, groups and totals (docs/aturan-capaian.md) through small workspaces.
struct EngineTests {

    /// Computes a workspace from CSV texts and returns its report and diagnostics.
    func compute(
        profile: String = minimalProfile, indikator: String, realisasi: String, anggaran: String? = nil,
        period: ReportPeriod? = nil
    ) throws -> (PerformanceReport, DiagnosticLog) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = ["profil.yaml": profile, "indikator.csv": indikator, "realisasi.csv": realisasi]
        if let anggaran { files["anggaran.csv"] = anggaran }
        try folder.write(files)
        let (report, log) = computeReport(folder.url, period: period)
        guard let report else {
            Issue.record("the workspace did not load: \(log.errors.map(\.description))")
            throw CancellationError()
        }
        return (report, log)
    }

    static let header =
        "kode,tingkat,sasaran,indikator,satuan,polaritas,agregasi,target,target_tw1,target_tw2,target_tw3,target_tw4,target_renstra,iku\n"

    @Test func threeAggregations() throws {
        let indikator =
            Self.header + """
                J,sasaran,S,jumlah,orang,positif,jumlah,600,,,,,,
                T,sasaran,S,terakhir,%,positif,terakhir,75,,,,,,
                R,sasaran,S,rata-rata,indeks,positif,rata-rata,82,,,,,,

                """
        let realisasi = """
            kode,periode,nilai
            J,TW1,120
            J,TW2,140
            J,TW3,190
            T,TW1,70.4
            T,TW2,72.1
            R,TW1,80
            R,TW2,83.5
            R,TW3,84

            """
        let (report, _) = try compute(indikator: indikator, realisasi: realisasi)
        let byKode = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.indicator.kode, $0) })
        #expect(byKode["J"]?.realisasi == 450)
        #expect(byKode["J"]?.periodValue == 190)
        // terakhir: the latest present value; TW3 is absent, so realisasi_tw is empty, not 0.
        #expect(byKode["T"]?.realisasi == decimal("72.1"))
        #expect(byKode["T"]?.periodValue == nil)
        #expect(byKode["R"]?.realisasi == decimal("82.5"))
        #expect(byKode["R"]?.capaian.value?.fixedString() == "100.61")
    }

    @Test func periodTargetsOnlyFromQuarterlyTargets() throws {
        let indikator =
            Self.header + """
                J,sasaran,S,jumlah,orang,positif,jumlah,600,100,150,200,150,,
                T,sasaran,S,terakhir,%,positif,terakhir,75,70,72,73,75,,
                N,sasaran,S,none,%,positif,terakhir,75,,,,,,
                G,sasaran,S,gap,orang,positif,jumlah,600,100,,200,150,,

                """
        let realisasi = "kode,periode,nilai\nJ,TW1,120\nJ,TW2,140\nJ,TW3,190\nT,TW3,73.6\nN,TW3,70\nG,TW3,5\n"
        let (report, log) = try compute(indikator: indikator, realisasi: realisasi)
        let byKode = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.indicator.kode, $0) })
        #expect(byKode["J"]?.periodTarget == .value(450))
        #expect(byKode["J"]?.periodCapaian?.value == 100)
        #expect(byKode["T"]?.periodTarget == .value(73))
        #expect(byKode["T"]?.periodCapaian?.value?.fixedString() == "100.82")
        // Never guessed from the annual target.
        #expect(byKode["N"]?.periodTarget == nil)
        // A jumlah indicator with a missing quarter target gets none, and a warning says why.
        #expect(byKode["G"]?.periodTarget == nil)
        #expect(
            log.warnings.contains {
                $0.message.en.contains("target_periode of G is left empty") && $0.message.en.contains("target_tw2")
            })
    }

    @Test func renstraAndLastYear() throws {
        let profile = minimalProfile + "renstra: 2021-2026\n"
        let indikator =
            Self.header + """
                J,sasaran,S,jumlah,orang,positif,jumlah,600,,,,,3600,
                T,sasaran,S,terakhir,%,negatif,terakhir,0.4,,,,,0.25,
                M,sasaran,S,missing year,orang,positif,jumlah,90,,,,,500,

                """
        let realisasi = """
            kode,periode,nilai
            J,2021,550
            J,2022,580
            J,2023-TW1,150
            J,2023-TW2,150
            J,2023-TW3,150
            J,2023-TW4,160
            J,TW1,120
            J,TW2,140
            J,TW3,190
            T,2023,0.45
            T,TW3,0.32
            M,2021,70
            M,TW3,40

            """
        let (report, log) = try compute(profile: profile, indikator: indikator, realisasi: realisasi)
        let byKode = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.indicator.kode, $0) })
        // jumlah: 550 + 580 + (150+150+150+160) + 450 = 2190 of 3600.
        #expect(byKode["J"]?.renstraCapaian?.value?.fixedString() == "60.83")
        #expect(byKode["J"]?.lastYearValue == 610)
        // otherwise: realisasi against target_renstra with the polarity formula: (0.5 − 0.32) / 0.25.
        #expect(byKode["T"]?.renstraCapaian?.value?.fixedString() == "72.00")
        #expect(byKode["T"]?.lastYearValue == decimal("0.45"))
        // A Renstra year without an annual value leaves capaian_renstra empty, with a warning.
        #expect(byKode["M"]?.renstraCapaian == nil)
        #expect(
            log.warnings.contains {
                $0.message.en.contains("capaian_renstra of M") && $0.message.en.contains("2022, 2023")
            })
    }

    /// The periods a realisasi or siklus row may name, as planners write them; `2024-TAHUNAN` is how the output
    /// folder names the year, so it is the whole year too.
    @Test func periodsAsWritten() {
        #expect(ValuePeriod("TW2", reportYear: 2024) == .quarter(year: 2024, 2))
        #expect(ValuePeriod("tahunan", reportYear: 2024) == .year(2024))
        #expect(ValuePeriod("2023", reportYear: 2024) == .year(2023))
        #expect(ValuePeriod("2023-TAHUNAN", reportYear: 2024) == .year(2023))
        #expect(ValuePeriod("2023-TW4", reportYear: 2024) == .quarter(year: 2023, 4))
        for wrong in ["2023-TW5", "23-TW1", "TAHUN", "2023-", "1800-TAHUNAN"] {
            #expect(ValuePeriod(wrong, reportYear: 2024) == nil, "\(wrong)")
        }
    }

    @Test func annualPeriodPrefersTheWholeYearValue() throws {
        let indikator =
            Self.header
            + "J,sasaran,S,jumlah,orang,positif,jumlah,600,,,,,,\nK,sasaran,S,quarters,orang,positif,jumlah,600,,,,,,\n"
        let realisasi = "kode,periode,nilai\nJ,TW1,100\nJ,TW4,100\nJ,2024,640\nK,TW1,100\nK,TW4,200\n"
        let (report, _) = try compute(indikator: indikator, realisasi: realisasi, period: .annual)
        #expect(report.indicators[0].realisasi == 640)
        #expect(report.indicators[1].realisasi == 300)
        #expect(report.period.label(year: 2024) == "2024")
    }

    @Test func averagesLeaveOutMissingValuesAndApplyTheCap() throws {
        let indikator =
            Self.header + """
                A,sasaran,S1,a,%,positif,terakhir,100,,,,,,
                B,sasaran,S1,b,%,positif,terakhir,100,,,,,,
                C,sasaran,S2,c,%,positif,terakhir,100,,,,,,
                P,program,S2,program level,%,positif,terakhir,100,,,,,,
                X,program,S2,key program,%,positif,terakhir,100,,,,,,ya

                """
        let realisasi = "kode,periode,nilai\nA,TW3,150\nB,TW3,90\nP,TW3,10\nX,TW3,60\n"
        let (plain, _) = try compute(indikator: indikator, realisasi: realisasi)
        #expect(plain.sasaran.map(\.statement) == ["S1", "S2"])
        #expect(plain.sasaran[0].average == 120)
        #expect(plain.sasaran[1].average == 60)  // C has no data; P is not IKU; X is IKU by the column
        #expect(plain.average == 100)  // (150 + 90 + 60) / 3, not a mean of sasaran means
        #expect(plain.keyIndicatorsWithoutCapaian.map(\.indicator.kode) == ["C"])

        let (capped, _) = try compute(
            profile: minimalProfile + "batas_rata_rata: 120\n", indikator: indikator,
            realisasi: realisasi.replacingOccurrences(of: "A,TW3,150", with: "A,TW3,200"))
        #expect(capped.indicators[0].capaian.value == 200)  // nothing capped in tables
        #expect(capped.sasaran[0].average == 105)  // (120 + 90) / 2
    }

    /// Capaian and averages are kept exact; only the printed form is rounded. Rounding each capaian first
    /// would print the average of 10,005 % and 10,004 % as 10,01 (from 10,01 and 10,00); exact, it is 10,0045,
    /// printed 10,00. And 1 of 3 is 33,33… %, not 33 % from a ratio rounded to 0,33.
    @Test func noIntermediateRounding() throws {
        let indikator =
            Self.header + """
                A,sasaran,S,a,%,positif,terakhir,100,,,,,,
                B,sasaran,S,b,%,positif,terakhir,100,,,,,,
                C,program,S,c,orang,positif,terakhir,3,,,,,,

                """
        let (report, _) = try compute(
            indikator: indikator, realisasi: "kode,periode,nilai\nA,TW3,10.0050\nB,TW3,10.0040\nC,TW3,1\n")
        #expect(report.indicators[0].capaian.value == decimal("10.005"))
        #expect(NumberStyle.indonesian.format(try #require(report.indicators[0].capaian.value), scale: 2) == "10,01")
        #expect(report.average == decimal("10.0045"))
        #expect(NumberStyle.indonesian.format(try #require(report.average), scale: 2) == "10,00")
        let third = try #require(report.indicators[2].capaian.value)
        #expect(third * 3 == 100 || (third * 3 - 100).magnitude < decimal("1e-30"), "kept to Decimal's precision")
        #expect(NumberStyle.indonesian.format(third, scale: 2) == "33,33")
    }

    @Test func budgetAbsorptionAndEfficiency() throws {
        let indikator =
            Self.header + "A,sasaran,S1,a,%,positif,terakhir,100,,,,,,\nB,sasaran,S2,b,%,positif,terakhir,100,,,,,,\n"
        let realisasi = "kode,periode,nilai\nA,TW2,90\nB,TW2,50\n"
        let anggaran = """
            kode,uraian,induk,pagu,realisasi_tw1,realisasi_tw2,realisasi_tw3
            1.01,Program,A,1000,200,400,300
            1.01.1,Kegiatan,A,400,100,100,
            2.01,Program dua,,1000,,,
            3.01,Program tiga,B,500,100,,

            """
        let (report, log) = try compute(
            indikator: indikator, realisasi: realisasi, anggaran: anggaran, period: .quarter(2))
        let lines = try #require(report.budget)
        #expect(lines[0].spent == 600)  // TW3 is after the period
        #expect(lines[0].absorption == 60)
        #expect(lines[1].quarterSpending == [100, 100, nil, nil])
        #expect(lines[2].spent == nil && lines[2].absorption == nil)  // empty is no data, not 0
        // Agency: top-level lines with spending on record: (600 + 100) / (1000 + 500).
        #expect(report.budgetAbsorption?.fixedString() == "46.67")
        // S1: capaian 90 − serapan of the lines for A (the kegiatan sits inside its program): 90 − 60.
        #expect(report.sasaran[0].efficiency == 30)
        #expect(report.sasaran[1].efficiency == 30)  // 50 − 100/500×100
        #expect(
            log.warnings.contains {
                $0.message.en.contains("1 amount spent in quarters after the report period TW2 is not counted")
            })
    }

    @Test func categoryFromTheDisplayedValue() throws {
        // 90.9950 prints as 91,00 (written with four decimals: `90.995` alone would be ambiguous), so it is Sangat Tinggi, not Tinggi.
        let indikator =
            Self.header + "A,sasaran,S,a,%,positif,terakhir,100,,,,,,\nB,sasaran,S,b,%,positif,terakhir,100,,,,,,\n"
        let (report, _) = try compute(
            indikator: indikator, realisasi: "kode,periode,nilai\nA,TW3,90.9950\nB,TW3,90.9940\n")
        #expect(report.indicators.map { $0.category?.label } == ["Sangat Tinggi", "Tinggi"])
    }
}
