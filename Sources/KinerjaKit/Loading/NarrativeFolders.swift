import Foundation

/// narasi/ may hold one folder per period, `TW1/` … `TW4/` and `tahunan/` (any case), whose files take the
/// place of narasi/'s own for that period's documents: the monitoring report of TWn reads `TWn/` first, the
/// monitoring report of TAHUNAN and the LKjIP read `tahunan/` first; narasi/'s own files are the fallback.
/// So the LKjIP's Bab III never prints "sampai TW III …" written for a quarter.
///
///     narasi/faktor-pendorong.md, narasi/TW3/faktor-pendorong.md, narasi/tahunan/sasaran/1.md, narasi/sasaran/1.md
///     TW3 report:  faktor-pendorong ← TW3/faktor-pendorong.md; sasaran/1 ← sasaran/1.md
///     TW4 LKjIP:   faktor-pendorong ← faktor-pendorong.md;     sasaran/1 ← tahunan/sasaran/1.md
enum NarrativeFolders {
    static let annual = "tahunan"

    /// The folder the monitoring report of `period` reads first: `TW3`, or `tahunan` for TAHUNAN.
    static func monitoring(_ period: ReportPeriod) -> String {
        if case .quarter(let n) = period { return "TW\(n)" }
        return annual
    }

    /// The folders the documents of a run of `period` read first (the LKjIP's too at TW4 and TAHUNAN).
    static func folders(for period: ReportPeriod) -> [String] {
        let first = monitoring(period)
        return period.isYearEnd && first != annual ? [first, annual] : [first]
    }

    /// A path relative to narasi/ with its period folder spelled as above: `tw3/a.md` → `TW3/a.md`,
    /// `Tahunan/a.md` → `tahunan/a.md`; any other path as it is.
    static func canonical(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        let folder = path[..<slash].lowercased()
        let rest = path[path.index(after: slash)...]
        if folder == annual { return annual + "/" + rest }
        if folder.count == 3, folder.hasPrefix("tw"), let n = Int(folder.dropFirst(2)), (1...4).contains(n) {
            return "TW\(n)/" + rest
        }
        return path
    }

    /// The period folder of a canonical path, nil for narasi/'s own files.
    static func folder(of path: String) -> String? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        return folder == annual || (["TW1", "TW2", "TW3", "TW4"]).contains(folder) ? folder : nil
    }

    /// Whether a run of `period` reads the file `path` (canonical), among every file of narasi/ (`all`):
    /// the files of its documents' folders, and narasi/'s own files that not every one of those folders
    /// replaces. Only these are inputs of the manifest: another period's text, or a file replaced for
    /// this period, changes nothing in these outputs.
    static func isRead(_ path: String, among all: Set<String>, period: ReportPeriod) -> Bool {
        let folders = folders(for: period)
        if let folder = folder(of: path) { return folders.contains(folder) }
        return !folders.allSatisfy { all.contains($0 + "/" + path) }
    }
}
