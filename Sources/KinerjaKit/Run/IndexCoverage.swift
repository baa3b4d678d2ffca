import Foundation

/// What the many-agency index leaves out, said after a run so the rekap is not taken for the whole kabupaten
/// when it is not (a planner's trial: reporting two agencies of nine rewrote rekap.csv with two rows, and
/// reporting one left the kabupaten's rekap with that agency's earlier figures, both without a word).
enum IndexCoverage {
    /// The agency folders under `root` for the periods of `directories` (`dinkes/2024-TW3` for a run of
    /// `disdik/2024-TW3`) that hold a manifest.json and are not among `directories`, sorted. Other periods'
    /// folders (last quarter's) are not counted: the index is of one run's periods.
    static func others(under root: URL, than directories: [String]) -> [String] {
        let periods = Set(directories.compactMap { $0.split(separator: "/").last.map(String.init) })
        let listed = Set(directories)
        return folders(under: root).filter { directory in
            !listed.contains(directory)
                && directory.split(separator: "/").last.map { periods.contains(String($0)) } == true
        }
    }

    /// The periods of `rows` (`2024-TW3`) with their agencies' slugs, most agencies first, when there is more than
    /// one: a rekap whose rows are of different periods (one profile left at TW2, a copy of last year's) puts
    /// figures side by side that are not of one time.
    static func periods(of rows: [AgencyRow]) -> [(period: String, slugs: [String])] {
        let byPeriod = Dictionary(grouping: rows) { $0.period.label(year: $0.year) }
        guard byPeriod.count > 1 else { return [] }
        return byPeriod.map { ($0.key, $0.value.map(\.slug).sorted()) }.sorted {
            ($0.slugs.count, $1.period) > ($1.slugs.count, $0.period)
        }
    }

    /// Every agency folder under an output root (`dinkes/2024-TW3`: a folder of a folder, holding a
    /// manifest.json), sorted; links are not followed.
    static func folders(under root: URL) -> [String] {
        let manager = FileManager.default
        func subfolders(_ url: URL) -> [String] {
            ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).filter { name in
                !name.hasPrefix(".") && !url.appendingPathComponent(name).isSymbolicLink
            }.sorted()
        }
        return subfolders(root).flatMap { slug in
            subfolders(root.appendingPathComponent(slug)).map { slug + "/" + $0 }.filter {
                manager.fileExists(atPath: root.appendingPathComponent($0 + "/manifest.json").path)
            }
        }
    }

    /// The row of the rekap.csv of an earlier many-agency run under `root` for `directory` (its folder cell), as
    /// written but for its line end, and whether that file is in the excel-id dialect; nil when it has none.
    static func rekapRow(_ directory: String, under root: URL) -> (line: String, excel: Bool)? {
        let rekap = root.appendingPathComponent("rekap.csv").path
        guard let bytes = RegularFile.bytes(at: rekap, limit: 16 << 20) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline)
        // The folder is a field of its own (`disdik/2024-TW3` holds neither delimiter), the last but one since
        // rekap.csv counts the values to check after it, the last in rekaps written before.
        let excel = lines.first?.contains(";") == true
        let delimiter: Character = excel ? ";" : ","
        guard let line = lines.first(where: { $0.split(separator: delimiter).contains { $0 == directory } }) else {
            return nil
        }
        return (String(line), excel)
    }
}
