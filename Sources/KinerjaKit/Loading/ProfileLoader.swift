import Foundation
import Yams

/// Reads profil.yaml, with a diagnostic at the line and column of every problem.
enum ProfileLoader {
    static let knownKeys: Set<String> = [
        "pemerintah", "instansi", "singkatan", "alamat", "tahun", "periode", "renstra", "tempat", "tanggal",
        "nomor", "kepala", "penyusun", "rumus_negatif", "skala", "bahasa", "libur", "batas_rata_rata",
        "sop", "buku_kerja", "csv", "pdf",
    ]

    /// - Parameter sopLibrary: the bundled SOPs, to check `sop:` at its line; nil skips the check.
    static func load(_ data: Data, file: String, sopLibrary: SOPLibrary? = nil, log: inout DiagnosticLog) -> Profile? {
        load(ProfileDocument(data, file: file), sopLibrary: sopLibrary, log: &log)
    }

    /// The same from the document already composed (ProfileDocument), so that it is parsed once.
    static func load(_ document: ProfileDocument, sopLibrary: SOPLibrary? = nil, log: inout DiagnosticLog) -> Profile? {
        log.append(contentsOf: document.problems)
        guard let mapping = document.mapping else { return nil }
        let file = document.file
        let reader = YAMLFields(file: file, mapping: mapping, path: "")
        reader.warnUnknown(knownKeys, log: &log)

        let government = reader.string("pemerintah", required: true, log: &log)
        let agency = reader.string("instansi", required: true, log: &log)
        let year = reader.year("tahun", log: &log)
        let periodText = reader.string("periode", required: true, log: &log)
        let period = periodText.flatMap { text in
            ReportPeriod(text)
                ?? {
                    reader.error(
                        "periode",
                        Message(
                            "periode \"\(text)\" is not a report period; expected TW1, TW2, TW3, TW4 or TAHUNAN",
                            id: "periode \"\(text)\" bukan periode laporan; isi dengan TW1, TW2, TW3, TW4, atau TAHUNAN"
                        ), log: &log)
                    return nil
                }()
        }
        let renstra = reader.yearRange("renstra", log: &log)
        let place = reader.string("tempat", required: true, log: &log)
        let date = reader.date("tanggal", required: true, log: &log)
        let head = reader.official("kepala", required: true, log: &log)
        let preparer = reader.official("penyusun", required: false, log: &log)
        let formula = reader.choice("rumus_negatif", NegativeFormula.allCases.map { ($0.rawValue, $0) }, log: &log)
        let language = reader.choice("bahasa", [("id", Language.id), ("en", .en)], log: &log)
        let scale = ScaleReader.scale(reader, log: &log)
        let holidays = reader.dates("libur", log: &log)
        let cap = reader.decimal("batas_rata_rata", log: &log)
        // Dates far from the fiscal year are typing mistakes (`99999-01-01`), and would walk the working-day
        // calendar for minutes; a report is signed in its year or the next two at the latest.
        let nearYears = year.map { ($0 - 1)...($0 + 2) }
        if let year, let nearYears, let date, !nearYears.contains(date.year) {
            reader.error(
                "tanggal",
                Message(
                    "tanggal \(date.iso) is not near tahun \(year); the report is signed between \(year - 1) and \(year + 2): check the year",
                    id:
                        "tanggal \(date.iso) jauh dari tahun \(year); laporan ditandatangani antara \(year - 1) dan \(year + 2): periksa tahunnya"
                ), log: &log)
        }
        if let year, let nearYears, let far = holidays.first(where: { !nearYears.contains($0.year) }) {
            reader.error(
                "libur",
                Message(
                    "libur lists \(far.iso), far from tahun \(year); list the holidays of \(year) (and of the next year, when the cycle runs into it)",
                    id:
                        "libur memuat \(far.iso), jauh dari tahun \(year); cantumkan hari libur tahun \(year) (dan tahun berikutnya, bila siklusnya berlanjut ke sana)"
                ), log: &log)
        }
        if let cap, cap < 100 || cap > 1000 {
            reader.error(
                "batas_rata_rata",
                Message(
                    "batas_rata_rata \(cap.plainString) is not a cap on capaian; expected a percentage from 100 to 1000, e.g. 120",
                    id:
                        "batas_rata_rata \(cap.plainString) bukan batas capaian; isi dengan persen antara 100 dan 1000, mis. 120"
                ), log: &log)
        }
        let sopName = reader.string("sop", log: &log)
        let dialect = reader.choice("csv", CSVDialect.allCases.map { ($0.rawValue, $0) }, log: &log)
        let pdf = reader.bool("pdf", log: &log)
        if let workbook = reader.string("buku_kerja", log: &log),
            !workbook.lowercased().hasSuffix(".xlsx") || workbook.contains("/") || workbook.contains("\\")
        {
            if let advice = OtherSpreadsheet.advice(for: workbook), !workbook.contains("/") {
                reader.error("buku_kerja", advice, log: &log)
            } else {
                reader.error(
                    "buku_kerja",
                    Message(
                        "buku_kerja \"\(workbook)\" is not the name of an .xlsx file in the workspace folder; write the file name only, e.g. `buku_kerja: data.xlsx`",
                        id:
                            "buku_kerja \"\(workbook)\" bukan nama berkas .xlsx di folder ruang kerja; tulis nama berkasnya saja, mis. `buku_kerja: data.xlsx`"
                    ), log: &log)
            }
        }
        if let sopName, let sopLibrary, !sopLibrary.contains(sopName) {
            reader.error(
                "sop",
                Message(
                    "sop \"\(sopName)\" is not a bundled SOP (\(sopLibrary.names.joined(separator: ", "))); see `kinerja sop list`, or put the workspace's own sop.yaml beside profil.yaml and remove this line",
                    id:
                        "sop \"\(sopName)\" bukan SOP bawaan (\(sopLibrary.names.joined(separator: ", "))); lihat `kinerja sop list`, atau letakkan sop.yaml milik ruang kerja di samping profil.yaml dan hapus baris ini"
                ), log: &log)
        }

        guard let government, let agency, let year, let period, let place, let date, let head else { return nil }
        return Profile(
            government: government, agency: agency, shortName: reader.string("singkatan", log: &log),
            address: reader.string("alamat", log: &log), year: year, period: period, renstra: renstra,
            place: place, date: date, documentNumber: reader.string("nomor", log: &log), head: head,
            preparer: preparer, negativeFormula: formula ?? .selisih, scale: scale ?? .permendagri86,
            language: language ?? .id, holidays: holidays, averageCap: cap,
            sopName: sopName, csvDialect: dialect, pdf: pdf)
    }
}
