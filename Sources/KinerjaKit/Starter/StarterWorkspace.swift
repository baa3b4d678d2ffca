import Foundation

/// `kinerja init DIR [--xlsx]`: a workspace to fill in. profil.yaml with every field explained in
/// Indonesian, the four tables with their headers and two example rows each (as CSV files, or as one
/// workbook with drop-down lists and a `petunjuk` sheet), one skeleton file per narrative section, and
/// BACA-SAYA.md. `kinerja report` runs on it as it is, and says which values are still examples
/// (`ExampleValues`).
package enum StarterWorkspace {
    /// The workbook's name when the tables are written as one.
    static let workbookName = "data.xlsx"
    /// The year the example is for (the planner changes `tahun`); fixed, so `init` writes the same
    /// bytes whenever it runs.
    package static let defaultYear = 2026

    /// Every file, by path relative to the workspace folder.
    static func files(xlsx: Bool, year: Int = defaultYear) throws -> [(path: String, data: Data)] {
        var files: [(String, Data)] = [("profil.yaml", Data(profile(year: year, workbook: xlsx).utf8))]
        let tables = StarterTables.tables(year: year)
        if xlsx {
            files.append((workbookName, try workbook(tables)))
        } else {
            for table in tables { files.append(("\(table.name).csv", Data(csv(table).utf8))) }
        }
        for (name, text) in narrative { files.append(("narasi/\(name)", Data(text.utf8))) }
        files.append(("BACA-SAYA.md", Data(readme(xlsx: xlsx).utf8)))
        return files
    }

    // MARK: - profil.yaml

    /// Example values of profil.yaml, by field; `ExampleValues` reports the ones left unchanged.
    static let profileExamples: [(field: String, value: String)] = [
        ("pemerintah", "Kabupaten Nama Daerah"),
        ("instansi", "Dinas Nama Instansi"),
        ("alamat", "Jl. Nama Jalan No. 1"),
        ("tempat", "Nama Kota"),
        ("kepala.nama", "NAMA KEPALA DINAS"),
        ("kepala.nip", "19700101 199503 1 001"),
        ("penyusun.nama", "NAMA PERENCANA"),
        ("penyusun.nip", "19900101 201503 1 002"),
    ]

    static func example(_ field: String) -> String {
        profileExamples.first { $0.field == field }?.value ?? ""
    }

    static func profile(year: Int, workbook: Bool) -> String {
        """
        # Profil instansi untuk kinerja. Ganti setiap nilai contoh dengan data instansi Anda.
        # Baris yang diawali # adalah penjelasan dan tidak dibaca. Panduan lengkap: `kinerja panduan`.

        pemerintah: \(example("pemerintah"))      # wajib: pemerintah daerah
        instansi: \(example("instansi"))               # wajib: nama perangkat daerah
        singkatan: Contoh                  # opsional: singkatan; juga nama folder hasil (Output/contoh/)
        alamat: \(example("alamat"))           # opsional: alamat kantor
        tahun: \(year)                         # wajib: tahun anggaran
        periode: TW1                       # wajib: TW1, TW2, TW3, TW4 atau TAHUNAN (laporan yang dibuat)
        renstra: \(year - 1)-\(year + 3)                 # opsional: periode Renstra, untuk capaian_renstra indikator `jumlah`
        tempat: \(example("tempat"))                # wajib: tempat penandatanganan
        tanggal: \(year)-04-15                # wajib: tanggal penandatanganan (TTTT-BB-HH)
        nomor:                             # opsional: nomor dokumen laporan
        kepala:                            # wajib: kepala perangkat daerah yang menandatangani
          nama: \(example("kepala.nama"))          #   wajib: nama lengkap dengan gelar
          jabatan: Kepala Dinas            #   wajib: jabatan
          pangkat: Pembina Utama Muda (IV/c)   # opsional: pangkat/golongan
          nip: \(example("kepala.nip"))       #   opsional: NIP 18 angka
          plt: false                       #   opsional: true jika pelaksana tugas (Plt.)
        penyusun:                          # opsional: perencana yang menyusun
          nama: \(example("penyusun.nama"))
          jabatan: Perencana Ahli Muda
          nip: \(example("penyusun.nip"))
        rumus_negatif: selisih             # opsional: selisih (bawaan) atau rasio, untuk indikator polaritas negatif
        skala: permendagri-86-2017         # opsional: permendagri-86-2017 (bawaan) atau sakip
        bahasa: id                         # opsional: id (bawaan) atau en, bahasa laporan dan pesan
        csv: standar                       # opsional: standar (bawaan) atau excel-id (berkas CSV untuk Excel berbahasa Indonesia)
        libur: [\(year)-01-01, \(year)-08-17, \(year)-12-25]   # opsional: hari libur, untuk waktu baku SOP
        \(workbook ? "buku_kerja: \(workbookName)              # tabel-tabel ada di buku kerja ini (satu sheet per tabel)\n" : "")
        """
    }

    // MARK: - Tables

    static func csv(_ table: StarterTables.Table) -> String {
        func cell(_ text: String) -> String {
            text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = [table.columns.map(\.name)] + table.rows
        return lines.map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    static func workbook(_ tables: [StarterTables.Table]) throws -> Data {
        var sheets = tables.map { table in
            WorkbookWriter.Sheet(
                name: table.name,
                columns: table.columns.map {
                    WorkbookWriter.Column(header: $0.name, choices: $0.choices, strict: !$0.openChoices, text: $0.text)
                },
                rows: table.rows.map { row in
                    zip(table.columns, row).map { column, text in cell(text, column: column.name, table: table.name) }
                })
        }
        var guide: [[WorkbookWriter.Cell]] = []
        for table in tables {
            guide.append([.text(table.name), .text(""), .text(table.purpose)])
            for column in table.columns {
                let choices = column.choices.isEmpty ? "" : " Pilihan: \(column.choices.joined(separator: ", "))."
                guide.append([.text(table.name), .text(column.name), .text(column.meaning + choices)])
            }
        }
        sheets.append(
            WorkbookWriter.Sheet(
                name: "petunjuk",
                columns: [
                    WorkbookWriter.Column(header: "sheet"), WorkbookWriter.Column(header: "kolom"),
                    WorkbookWriter.Column(header: "isi", wrap: true),
                ], rows: guide))
        return try WorkbookWriter.data(sheets)
    }

    /// An example value typed as a spreadsheet holds it: numbers as numbers, times as dates.
    private static func cell(_ text: String, column: String, table: String) -> WorkbookWriter.Cell {
        guard !text.isEmpty else { return .empty }
        let schema = TableSchema.named(table)
        if schema?.column(named: column)?.date == true, let moment = Moment(text) { return .date(moment) }
        if schema?.column(named: column)?.numeric == true || column == "langkah",
            let value = NumberReader.value(of: NumberReader.reading(text, kind: .money), convention: .comma)
        {
            return .number(value)
        }
        return .text(text)
    }

    // MARK: - narasi/ and BACA-SAYA.md

    /// The narrative files only the LKjIP prints (at TW4 and TAHUNAN).
    static let annualNarrative = ["ikhtisar.md", "pendahuluan.md", "perencanaan.md", "penutup.md"]

    /// One skeleton per section: what belongs there, marked as an example until it is replaced.
    static let narrative: [(name: String, text: String)] = [
        ("ikhtisar.md", "Ikhtisar eksekutif LKjIP: ringkasan capaian kinerja tahun ini dalam satu atau dua paragraf."),
        (
            "pendahuluan.md",
            "Bab I Pendahuluan LKjIP: gambaran umum instansi, tugas dan fungsi, struktur organisasi, isu strategis."
        ),
        ("perencanaan.md", "Bab II Perencanaan Kinerja: Renstra, rencana kinerja tahunan dan Perjanjian Kinerja."),
        ("penutup.md", "Bab IV Penutup LKjIP: kesimpulan dan langkah perbaikan ke depan."),
        ("faktor-pendorong.md", "Faktor pendorong: hal-hal yang membantu tercapainya target pada periode ini."),
        ("faktor-penghambat.md", "Faktor penghambat: kendala yang menyebabkan target belum tercapai."),
        ("tindak-lanjut.md", "Tindak lanjut: langkah yang akan diambil, oleh siapa dan kapan."),
        ("sasaran/1.md", "Analisis sasaran 1: uraian capaian indikator-indikator sasaran pertama dan penyebabnya."),
    ].map { ($0.0, "*(Contoh — ganti teks ini.)* \($0.1)\n") }

    static func readme(xlsx: Bool) -> String {
        let tables =
            xlsx
            ? "- `\(workbookName)`: tabel `indikator`, `realisasi`, `anggaran` dan `siklus`, satu sheet per tabel; sheet `petunjuk` menjelaskan setiap kolom. Pilihan seperti `polaritas` tersedia sebagai daftar pilihan."
            : "- `indikator.csv`, `realisasi.csv`, `anggaran.csv`, `siklus.csv`: satu baris per data, kolom dipisah `;`. Buka dengan Excel atau LibreOffice dan simpan kembali sebagai CSV UTF-8."
        return """
            # Workspace kinerja

            Folder ini berisi data kinerja satu perangkat daerah. Isi, lalu buat laporan:

                kinerja check .      # memeriksa data; setiap kesalahan disebut dengan letaknya
                kinerja report .     # menulis laporan ke Output/

            - `profil.yaml`: nama instansi, tahun, periode, pejabat penanda tangan. Setiap baris dijelaskan.
            \(tables)
            - `narasi/`: teks analisis dalam Markdown, satu berkas per bagian laporan.

            Semua nilai di sini adalah contoh. Selama masih ada, laporan menyebutkan nilai mana yang masih contoh.
            Angka kosong berarti belum ada data, bukan nol.

            ## Bantuan yang tersedia di komputer ini

                kinerja --help           # semua perintah; kinerja report --help untuk pilihan laporan
                kinerja aturan           # Aturan Perhitungan Capaian: setiap rumus, status dan skala
                kinerja aturan --siklus  # aturan siklus pemantauan: batas waktu, hari kerja, status langkah
                kinerja sop list         # SOP pemantauan yang tersedia
                kinerja panduan          # Panduan Perencana

            Panduan Perencana (`kinerja panduan > panduan.md` menyimpannya) menjelaskan langkah demi langkah:
            mengisi \(xlsx ? "buku kerja" : "tabel"), pesan-pesan `kinerja check` dan cara memperbaikinya, membaca
            laporan, menandatangani (`kinerja sign`, `kinerja verify`) dan mengarsipkan.

            ## Nilai per triwulan

            Isi satu baris realisasi per triwulan. Arti nilainya (dan arti target_tw1 … target_tw4) bergantung pada
            kolom `agregasi` indikatornya:

            - `jumlah`: jumlah triwulan itu saja, bukan kumulatif (mis. guru yang dilatih pada TW2 saja). Keempat
              triwulan dijumlahkan menjadi realisasi tahunan; target TW1–TW4 juga berjumlah target tahunan.
            - `terakhir`: posisi pada akhir triwulan (mis. APK pada 30 Juni). Laporan memakai nilai triwulan terakhir.
            - `rata-rata`: nilai triwulan itu (mis. indeks kepuasan TW2). Laporan merata-ratakan triwulan yang ada.

            Bila nilai triwulan laporan belum ada, laporan tetap menghitung dari triwulan sebelumnya dan menandainya
            ("Nilai TW II; TW III belum dilaporkan").

            """
    }
}

extension StarterWorkspace {
    /// Writes the starter into `folder` (created when needed). Nothing is replaced: when any of its
    /// files exists, nothing is written and the error names it. Returns the paths written.
    package static func write(to folder: URL, xlsx: Bool, year: Int = defaultYear) throws -> [String] {
        let files = try files(xlsx: xlsx, year: year)
        if let existing = files.first(where: {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.path).path)
        }) {
            throw OutputWriter.Failure(
                path: folder.appendingPathComponent(existing.path).path,
                reason: Message(
                    "the file exists; kinerja init never replaces a workspace's files (choose an empty folder)",
                    id:
                        "berkas ini sudah ada; kinerja init tidak pernah menimpa berkas ruang kerja (pilih folder kosong)"
                ))
        }
        try OutputWriter.write(tree: files, to: folder)
        return files.map(\.path)
    }
}
