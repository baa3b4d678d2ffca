import Foundation

/// What a sheet's title rows say about its numbers that the numbers cannot: that the amounts are in thousands
/// (`RENCANA DAN REALISASI ANGGARAN … (dalam ribuan rupiah)`), or that they are another year's (`… TAHUN 2025` in
/// a report of 2024). The title is not read (`SheetTable`), so a planner's trial got a budget of Rp11 billion
/// printed as Rp11.000.000, and a report titled 2024 made of 2025's quarters, each with no word. Each is a doubt
/// at the title's cell; the values are still read as written.
///
///     anggaran, title "… (dalam ribuan rupiah)"  → "the title says the amounts are in thousands …"
///     any table, title "… TAHUN 2025", report 2024 → "the title names 2025, but the report is of 2024 …"
///     title "RENSTRA 2021-2026", report 2024      → nothing (2024 is not the only year, nor named)
enum TitleHints {
    struct Title {
        let line: Int, column: Int, text: String
    }

    /// Words of a title that put the amounts in thousands or in millions.
    static let thousands = ["ribuan", "ribu rupiah", "dalam ribu", "rp 000", "rp. 000", "rp.000", "(000)", "x 1.000"]
    static let millions = ["jutaan", "juta rupiah", "dalam juta"]

    static func check(_ titles: [Title], schema: TableSchema, year: Int?, file: String, log: inout DiagnosticLog) {
        if schema.columns.contains(where: { $0.name == "pagu" }) {
            for title in titles {
                let text = title.text.lowercased()
                let scale: (en: String, id: String)? =
                    thousands.contains(where: text.contains)
                    ? ("thousands", "ribuan") : millions.contains(where: text.contains) ? ("millions", "jutaan") : nil
                guard let scale else { continue }
                log.warning(
                    file, line: title.line, column: title.column, addressing: .cell,
                    Message(
                        "the title says the amounts are in \(scale.en) (\"\(shown(title.text))\"), but kinerja reads pagu and realisasi as whole rupiah, as typed: a pagu typed 2.500 is printed as Rp2.500; type the amounts in full rupiah",
                        id:
                            "judul menyebut jumlahnya dalam \(scale.id) (\"\(shown(title.text))\"), tetapi kinerja membaca pagu dan realisasi sebagai rupiah penuh, seperti yang diketik: pagu yang diketik 2.500 dicetak Rp2.500; ketik jumlahnya dalam rupiah penuh"
                    ), doubt: true)
                break
            }
        }
        guard let year else { return }
        let named = titles.map { (title: $0, years: years(in: $0.text)) }
        let all = Set(named.flatMap(\.years))
        guard all.count == 1, let other = all.first, other != year,
            let first = named.first(where: { !$0.years.isEmpty })?.title
        else { return }
        log.warning(
            file, line: first.line, column: first.column, addressing: .cell,
            Message(
                "the title names the year \(other) (\"\(shown(first.text))\"), but the report is of \(year) (tahun in profil.yaml), so the sheet's values are read as \(year)'s (a periode such as TW1 is TW1 of \(year)); if they are \(other)'s, set tahun: \(other)",
                id:
                    "judul menyebut tahun \(other) (\"\(shown(first.text))\"), tetapi laporan untuk tahun \(year) (tahun di profil.yaml), sehingga nilai lembar ini dibaca sebagai milik \(year) (periode seperti TW1 adalah TW1 \(year)); jika nilainya milik \(other), isi tahun: \(other)"
            ), doubt: true)
    }

    /// The years 1990–2099 a text names as words of their own: `TAHUN 2025` → [2025], `2021-2026` → [2021, 2026].
    static func years(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        func digit(_ index: Int) -> Bool { bytes.indices.contains(index) && (48...57).contains(bytes[index]) }
        var found: [Int] = []
        var index = 0
        while index + 4 <= bytes.count {
            if !digit(index - 1), digit(index), digit(index + 1), digit(index + 2), digit(index + 3), !digit(index + 4),
                let value = Int(String(decoding: bytes[index..<(index + 4)], as: UTF8.self)),
                (1990...2099).contains(value)
            {
                found.append(value)
                index += 4
            } else {
                index += 1
            }
        }
        return found
    }

    /// A title as a message quotes it: at most 80 characters, "…" where cut.
    static func shown(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
