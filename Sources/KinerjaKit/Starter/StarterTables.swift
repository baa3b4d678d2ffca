import Foundation

/// The tables of a starter workspace (`kinerja init`): every column with what belongs in it (in
/// Indonesian, for the `petunjuk` sheet) and two example rows. The same definitions give the CSV files
/// and the workbook, and tell `ExampleValues` which rows are still the examples.
enum StarterTables {
    struct Column {
        let name: String
        let meaning: String
        var choices: [String] = []
        /// Values outside `choices` are allowed, with a warning (a period may also be `2024-TW3`).
        var openChoices = false
        var text = false
    }

    struct Table {
        let name: String
        let purpose: String
        let columns: [Column]
        /// Two example rows, one value per column ("" for empty); numbers and dates written as in CSV.
        let rows: [[String]]
    }

    static let periods = ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"]

    /// What a quarter's value means, by `agregasi` (docs/format.md): for `jumlah` the amount of that
    /// quarter alone, for `terakhir` the level at its end, for `rata-rata` the quarter's own value.
    /// The `petunjuk` sheet and BACA-SAYA.md say it in these words.
    static let quarterValueMeaning =
        "Menurut agregasi indikator: jumlah = jumlah triwulan itu saja, bukan kumulatif (keempat triwulan dijumlahkan menjadi realisasi tahunan); terakhir = posisi pada akhir triwulan itu; rata-rata = nilai triwulan itu (laporan merata-ratakan triwulan yang ada)."

    /// The same for a quarterly target: `jumlah` targets of the four quarters add up to the annual target.
    static func quarterTargetMeaning(_ n: Int) -> String {
        "Target TW\(n) (opsional). Menurut agregasi: jumlah = target triwulan itu saja (target TW1–TW4 berjumlah target tahunan); terakhir = posisi yang diharapkan pada akhir TW\(n); rata-rata = nilai yang diharapkan pada TW\(n)."
    }

    static func tables(year: Int) -> [Table] {
        [
            Table(
                name: "indikator", purpose: "Satu baris per indikator: definisi dan target.",
                columns: [
                    Column(
                        name: "kode", meaning: "Kode unik indikator, mis. IKU-01. Dipakai di tabel lain.", text: true),
                    Column(name: "tingkat", meaning: "Tingkat kinerja.", choices: Level.allCases.map(\.rawValue)),
                    Column(name: "sasaran", meaning: "Sasaran strategis (Renstra) yang diukur indikator ini."),
                    Column(
                        name: "indikator", meaning: "Nama indikator seperti tertulis di Renstra/Perjanjian Kinerja."),
                    Column(name: "satuan", meaning: "Satuan yang dicetak, mis. %, orang, dokumen, indeks."),
                    Column(
                        name: "polaritas",
                        meaning:
                            "positif: makin tinggi makin baik; negatif: makin rendah makin baik; rentang: terbaik di dalam rentang target.",
                        choices: Polarity.allCases.map(\.rawValue)),
                    Column(
                        name: "agregasi",
                        meaning:
                            "Cara realisasi triwulan digabung: terakhir (nilai terakhir), jumlah (dijumlahkan), rata-rata. Kosong = terakhir.",
                        choices: Aggregation.allCases.map(\.rawValue)),
                    Column(
                        name: "target",
                        meaning: "Target tahunan: satu angka, atau rentang seperti 80-90 untuk polaritas rentang."),
                    Column(name: "target_tw1", meaning: quarterTargetMeaning(1)),
                    Column(name: "target_tw2", meaning: quarterTargetMeaning(2)),
                    Column(name: "target_tw3", meaning: quarterTargetMeaning(3)),
                    Column(name: "target_tw4", meaning: quarterTargetMeaning(4)),
                    Column(name: "baseline", meaning: "Kondisi awal (opsional)."),
                    Column(name: "target_renstra", meaning: "Target akhir periode Renstra (opsional)."),
                    Column(
                        name: "iku",
                        meaning:
                            "ya jika indikator ini Indikator Kinerja Utama; kosong = ya untuk tingkat tujuan dan sasaran, tidak untuk yang lain.",
                        choices: ["ya", "tidak"]),
                    Column(
                        name: "induk", meaning: "Kode indikator yang didukung indikator ini (cascading), opsional.",
                        text: true),
                    Column(name: "penanggung_jawab", meaning: "Bidang atau pejabat penanggung jawab (opsional)."),
                    Column(
                        name: "rumus_negatif",
                        meaning: "Untuk polaritas negatif: selisih atau rasio; kosong = seperti profil.yaml.",
                        choices: NegativeFormula.allCases.map(\.rawValue)),
                    Column(name: "standar_nasional", meaning: "Standar nasional pembanding (opsional)."),
                    Column(name: "definisi", meaning: "Definisi operasional dan cara menghitung (opsional)."),
                ],
                rows: [
                    [
                        "IKU-01", "sasaran", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat",
                        "indeks",
                        "positif", "terakhir", "82", "80", "80", "81", "82", "78", "85", "ya", "", "Sekretariat", "",
                        "",
                        "Nilai survei kepuasan masyarakat (Permenpan RB 14/2017)",
                    ],
                    [
                        "PRG-01", "program", "Meningkatnya kualitas pelayanan publik",
                        "Persentase pengaduan yang ditindaklanjuti", "%",
                        "positif", "rata-rata", "90", "90", "90", "90", "90", "85", "95", "tidak", "IKU-01",
                        "Sekretariat", "", "",
                        "Pengaduan yang ditindaklanjuti dibagi seluruh pengaduan, dikali 100",
                    ],
                ]),
            Table(
                name: "realisasi", purpose: "Satu baris per indikator per periode: nilai realisasi.",
                columns: [
                    Column(name: "kode", meaning: "Kode indikator dari tabel indikator.", text: true),
                    Column(
                        name: "periode",
                        meaning: "TW1, TW2, TW3, TW4, TAHUNAN, atau tahun lalu (mis. \(year - 1)) untuk tren.",
                        choices: periods, openChoices: true),
                    Column(
                        name: "nilai",
                        meaning:
                            "Nilai realisasi periode itu. \(quarterValueMeaning) TAHUNAN: nilai seluruh tahun, dipakai sebagai pengganti triwulan. Kosong berarti belum ada data, bukan nol."
                    ),
                    Column(name: "catatan", meaning: "Catatan (opsional)."),
                    Column(name: "bukti", meaning: "Sumber data atau bukti dukung (opsional)."),
                ],
                rows: [
                    ["IKU-01", "TW1", "80,5", "", "Survei IKM TW1"],
                    ["PRG-01", "TW1", "88", "", "Rekap aplikasi pengaduan"],
                ]),
            Table(
                name: "anggaran", purpose: "Pagu dan realisasi anggaran per program/kegiatan (opsional).",
                columns: [
                    Column(
                        name: "kode",
                        meaning: "Kode program/kegiatan; kegiatan memakai kode program di depannya (1.01.01.1.01).",
                        text: true),
                    Column(name: "uraian", meaning: "Nama program/kegiatan."),
                    Column(
                        name: "induk", meaning: "Kode indikator yang didukung (untuk analisis efisiensi), opsional.",
                        text: true),
                    Column(name: "pagu", meaning: "Pagu anggaran dalam rupiah."),
                    Column(name: "realisasi_tw1", meaning: "Realisasi anggaran pada TW1 (rupiah)."),
                    Column(name: "realisasi_tw2", meaning: "Realisasi anggaran pada TW2 (rupiah)."),
                    Column(name: "realisasi_tw3", meaning: "Realisasi anggaran pada TW3 (rupiah)."),
                    Column(name: "realisasi_tw4", meaning: "Realisasi anggaran pada TW4 (rupiah)."),
                ],
                rows: [
                    [
                        "1.01.01", "Program Penunjang Urusan Pemerintahan Daerah", "IKU-01", "1.500.000.000",
                        "320.000.000", "", "", "",
                    ],
                    [
                        "1.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "PRG-01", "250.000.000",
                        "48.500.000", "", "", "",
                    ],
                ]),
            Table(
                name: "siklus", purpose: "Catatan pelaksanaan langkah-langkah SOP pemantauan (opsional).",
                columns: [
                    Column(
                        name: "periode", meaning: "Triwulan yang dipantau, mis. TW1 atau \(year)-TW1.",
                        choices: periods, openChoices: true),
                    Column(name: "langkah", meaning: "Nomor langkah SOP (lihat `kinerja sop show`)."),
                    Column(name: "mulai", meaning: "Tanggal dan jam mulai, mis. \(year)-04-01 08:00."),
                    Column(name: "selesai", meaning: "Tanggal dan jam selesai; kosong jika belum selesai."),
                    Column(name: "pelaksana", meaning: "Nama dan jabatan yang melaksanakan."),
                    Column(name: "output", meaning: "Dokumen yang dihasilkan langkah ini."),
                    Column(name: "catatan", meaning: "Catatan (opsional)."),
                ],
                rows: [
                    [
                        "TW1", "1", "\(year)-04-01 08:00", "\(year)-04-01 09:00", "NAMA KEPALA (Kepala Dinas)",
                        "Disposisi pemantauan TW1", "",
                    ],
                    [
                        "TW1", "2", "\(year)-04-01 10:00", "\(year)-04-02 15:00", "NAMA PERENCANA (Perencana)",
                        "Format pemantauan TW1", "",
                    ],
                ]),
        ]
    }
}
