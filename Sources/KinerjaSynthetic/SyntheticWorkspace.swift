import Foundation
import KinerjaKit

/// Synthetic, realistic workspaces for benchmarks and many-agency tests (`kinerja sintetis`): every
/// polarity and aggregation, quarterly targets, gaps (a missing quarter, an indicator without data or
/// without a target), earlier years, a budget with nested kegiatan, narrative for every report section
/// and a monitoring cycle on the default SOP. Agency `i` depends only on the seed and `i`, so the
/// first 100 agencies of a 500-agency set are the 100 of a 100-agency set.
///
/// The data is invented and marked so in profil.yaml; it is never a real agency's.
public struct SyntheticWorkspace {
    public let index: Int
    public let indicatorCount: Int
    public let period: ReportPeriod
    private var random: SeededGenerator
    private let year = 2024

    public init(seed: UInt64, index: Int, indicators: Int, period: ReportPeriod = .quarter(3)) {
        (self.index, indicatorCount, self.period) = (index, max(indicators, 1), period)
        var mixer = SeededGenerator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        random = SeededGenerator(seed: mixer.next())
    }

    static let agencies: [(name: String, short: String)] = [
        ("Dinas Pendidikan", "Disdik"), ("Dinas Kesehatan", "Dinkes"),
        ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
        ("Dinas Sosial", "Dinsos"), ("Dinas Perhubungan", "Dishub"), ("Dinas Lingkungan Hidup", "DLH"),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"), ("Dinas Komunikasi dan Informatika", "Diskominfo"),
        ("Dinas Pertanian", "Distan"), ("Dinas Perikanan", "Diskan"), ("Dinas Pariwisata", "Dispar"),
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda"), ("Badan Keuangan Daerah", "BKD"),
        ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM"), ("Inspektorat Daerah", "Inspektorat"),
        ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Badan Penanggulangan Bencana Daerah", "BPBD"),
        ("Kecamatan Kota", "Kec Kota"),
    ]

    /// Every file of the workspace, by path relative to its folder.
    public mutating func files() -> [(path: String, text: String)] {
        let base = Self.agencies[index % Self.agencies.count]
        let round = index / Self.agencies.count
        let name = round == 0 ? base.name : "\(base.name) \(round + 1)"
        let short = round == 0 ? base.short : "\(base.short) \(round + 1)"
        let plan = IndicatorPlan.make(count: indicatorCount, random: &random)
        var files: [(String, String)] = [
            ("profil.yaml", profile(name: name, short: short)),
            ("indikator.csv", indicatorCSV(plan)),
            ("realisasi.csv", realisasiCSV(plan)),
            ("anggaran.csv", budgetCSV(plan)),
            ("siklus.csv", cycleCSV()),
        ]
        for section in [
            "ikhtisar", "pendahuluan", "perencanaan", "penutup", "faktor-pendorong", "faktor-penghambat",
            "tindak-lanjut",
        ] {
            files.append(("narasi/\(section).md", narrative(section)))
        }
        for sasaran in 1...(plan.map(\.sasaran).max() ?? 1) {
            files.append(("narasi/sasaran/\(sasaran).md", narrative("sasaran \(sasaran)")))
        }
        return files
    }

    /// Writes the workspace into `folder` (created; existing files of the same names are replaced).
    public mutating func write(to folder: URL) throws {
        for (path, text) in files() {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    // MARK: - Files

    private mutating func profile(name: String, short: String) -> String {
        """
        # DATA SINTETIS — dibuat oleh `kinerja sintetis` untuk uji dan benchmark; bukan data instansi mana pun.
        pemerintah: Kabupaten Contoh
        instansi: \(name)
        singkatan: \(short)
        alamat: Jl. Contoh No. \(index + 1)
        tahun: \(year)
        periode: \(period)
        renstra: 2021-2026
        tempat: Kota Contoh
        tanggal: \(reportDate.iso)
        nomor: 000.8.6.3/\(100 + index)/\(Slug.make(short).uppercased())/\(year)
        kepala:
          nama: Kepala \(short), S.E., M.Si.
          jabatan: Kepala \(name)
          pangkat: Pembina Utama Muda (IV/c)
          nip: 1970\((1 + index % 12).zeroPadded(2))\((1 + index % 28).zeroPadded(2)) 199703 1 \((1 + index % 999).zeroPadded(3))
          plt: \(index % 9 == 4 ? "true" : "false")
        rumus_negatif: \(index % 2 == 0 ? "selisih" : "rasio")
        skala: permendagri-86-2017
        bahasa: id
        libur: [2024-08-17, 2024-12-25, 2025-01-01]

        """
    }

    private func indicatorCSV(_ plan: [IndicatorPlan]) -> String {
        var lines = [
            "kode;tingkat;sasaran;indikator;satuan;polaritas;agregasi;target;target_tw1;target_tw2;target_tw3;target_tw4;baseline;target_renstra;iku;induk;penanggung_jawab;rumus_negatif;standar_nasional;definisi"
        ]
        for p in plan {
            let quarters: [String] = p.quarterTargets.map { $0.map(Self.number) ?? "" }
            let head: [String] = [
                p.kode, p.level, "Sasaran \(p.sasaran): meningkatnya mutu layanan bidang \(p.sasaran)",
                "\(p.name) \(p.kode)", p.unit, p.polarity, p.aggregation, p.targetText,
            ]
            let tail: [String] = [
                Self.number(p.baseline), p.renstraText, "", p.parent ?? "", "Bidang \(p.sasaran)", "",
                p.standard.map(Self.number) ?? "",
                "Cara ukur \(p.kode): \(p.unit) dari laporan bidang, dihitung per triwulan",
            ]
            lines.append((head + quarters + tail).map(Self.cell).joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func realisasiCSV(_ plan: [IndicatorPlan]) -> String {
        var lines = ["kode;periode;nilai;catatan;bukti"]
        for p in plan where !p.noData {
            for earlier in p.earlierYears {
                lines.append("\(p.kode);\(earlier.year);\(Self.number(earlier.value));;LKjIP \(earlier.year)")
            }
            for q in 1...period.quarterCount {
                guard let value = p.values[q - 1] else { continue }
                let note =
                    q == period.quarterCount && p.lagging
                    ? "Kegiatan bergeser ke triwulan berikutnya, lihat tindak lanjut" : ""
                lines.append("\(p.kode);TW\(q);\(Self.number(value));\(note);Laporan bidang TW\(q)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func budgetCSV(_ plan: [IndicatorPlan]) -> String {
        var lines = ["kode;uraian;induk;pagu;realisasi_tw1;realisasi_tw2;realisasi_tw3;realisasi_tw4"]
        let sasaranCount = plan.map(\.sasaran).max() ?? 1
        for s in 1...sasaranCount {
            let indicator = plan.first { $0.sasaran == s }?.kode ?? ""
            let program = "1.\(s.zeroPadded(2)).01"
            var kegiatan: [[Decimal]] = []
            for _ in 0..<2 {
                let ceiling = Decimal(Int.random(in: 20...400, using: &random)) * 10_000_000
                let spent = (1...4).map { q -> Decimal in
                    q > period.quarterCount ? 0 : ceiling * Decimal(Int.random(in: 12...30, using: &random)) / 100
                }
                kegiatan.append([ceiling] + spent)
            }
            let total = (0..<5).map { column in kegiatan.reduce(0) { $0 + $1[column] } }
            func row(_ kode: String, _ name: String, _ induk: String, _ v: [Decimal]) -> String {
                ([kode, name, induk, Self.money(v[0])]
                    + (1...4).map { $0 <= period.quarterCount ? Self.money(v[$0]) : "" })
                    .joined(separator: ";")
            }
            lines.append(row(program, "Program Peningkatan Layanan \(s)", indicator, total))
            for (k, values) in kegiatan.enumerated() {
                lines.append(row("\(program).2.0\(k + 1)", "Kegiatan Pendukung \(s).\(k + 1)", indicator, values))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The 13 steps of the default SOP, one after another from the first working day after the period.
    private mutating func cycleCSV() -> String {
        let roles = [
            "Kepala Dinas", "PERENCANA (Perencana)", "PERENCANA (Perencana)", "Bidang-bidang dan fungsional",
            "PERENCANA (Perencana)", "PERENCANA (Perencana)", "Sekretaris", "Kepala Dinas", "PERENCANA (Perencana)",
            "Sekretaris", "Kepala Dinas", "PERENCANA (Perencana)", "Bidang-bidang dan fungsional",
        ]
        let standardMinutes = [10, 120, 60, 3 * 450, 2 * 450, 120, 60, 360, 450, 30, 450, 10, 15]
        var clock = WorkingClock(start: cycleStart)
        var lines = ["periode,langkah,mulai,selesai,pelaksana,output,catatan"]
        for (offset, minutes) in standardMinutes.enumerated() {
            let taken = minutes * Int.random(in: 6...15, using: &random) / 10
            let start = clock.now
            clock.advance(taken)
            lines.append(
                "\(year)-\(period),\(offset + 1),\(start),\(clock.now),\(roles[offset]),Keluaran langkah \(offset + 1),"
            )
            clock.advance(30)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func narrative(_ section: String) -> String {
        let sentences = Int.random(in: 2...5, using: &random)
        let body = (1...sentences).map { n in
            "Kalimat \(n) tentang \(section): capaian dipengaruhi oleh **ketersediaan data bidang** dan jadwal kegiatan."
        }.joined(separator: " ")
        return "\(body)\n\n- tindak lanjut pertama untuk \(section)\n- tindak lanjut kedua\n"
    }

    // MARK: - Dates and numbers

    /// The report is dated in the second half of the month after the period.
    private var reportDate: CalendarDate {
        let (y, m) = period.quarterCount == 4 ? (year + 1, 1) : (year, period.quarterCount * 3 + 1)
        return CalendarDate(year: y, month: m, day: 20)
    }

    private var cycleStart: DateComponents {
        DateComponents(year: reportDate.year, month: reportDate.month, day: 2, hour: 8)
    }

    /// `1234.5` → `1234,5` (the decimal comma of the Indonesian spreadsheets).
    static func number(_ value: Decimal) -> String { value.plainString.replacingOccurrences(of: ".", with: ",") }

    /// Whole rupiah with thousands dots: `1250000` → `1.250.000`.
    static func money(_ value: Decimal) -> String { NumberStyle.indonesian.format(value, scale: 0) }

    static func cell(_ text: String) -> String {
        text.contains(";") || text.contains("\"")
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// Time during working hours (08:00–16:00, Monday to Friday), for the synthetic cycle records.
private struct WorkingClock {
    private var calendar = Calendar(identifier: .gregorian)
    private var date: Date

    init(start: DateComponents) {
        calendar.timeZone = TimeZone(identifier: "UTC")!
        date = calendar.date(from: start)!
        skipClosedDays()
    }

    /// `2024-10-02 08:00`.
    var now: String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return Moment(
            date: CalendarDate(year: c.year!, month: c.month!, day: c.day!), minutes: c.hour! * 60 + c.minute!
        ).spaced
    }

    mutating func advance(_ minutes: Int) {
        var left = minutes
        while left > 0 {
            let c = calendar.dateComponents([.hour, .minute], from: date)
            let untilClose = 16 * 60 - (c.hour! * 60 + c.minute!)
            if left <= untilClose {
                date += TimeInterval(left * 60)
                return
            }
            left -= untilClose
            date = calendar.date(
                byAdding: .day, value: 1, to: calendar.date(bySettingHour: 8, minute: 0, second: 0, of: date)!)!
            skipClosedDays()
        }
    }

    private mutating func skipClosedDays() {
        while calendar.isDateInWeekend(date) { date = calendar.date(byAdding: .day, value: 1, to: date)! }
    }
}
