/// The narrative files of a run that no document prints: a misspelt name (`faktor-pendorng.md`), or
/// `sasaran/5.md` in a workspace of four sasaran. Each is said as a warning, with the name it most likely
/// meant, so a planner's text is never left out of a report in silence.
///
///     narasi/faktor-pendorng.md → "did you mean faktor-pendorong.md?"
///     narasi/sasaran/5.md       → "there is no sasaran 5 and no indicator with kode 5"
enum UnreadNarrative {
    /// The files every document of some period reads (docs/format.md, "narasi/").
    static let fixedNames = [
        "faktor-pendorong.md", "faktor-penghambat.md", "tindak-lanjut.md",
        "ikhtisar.md", "pendahuluan.md", "perencanaan.md", "penutup.md",
    ]

    struct Finding: Equatable {
        /// As the workspace names it: `narasi/TW3/faktor-pendorng.md`.
        let path: String
        /// The known name it is closest to, when one is close.
        let suggestion: String?
        let sasaranFile: Bool
        /// For `sasaran/<n>.md` with no sasaran n: how many sasaran there are.
        var sasaranCount: Int? = nil
    }

    /// - Parameters:
    ///   - files: the narrative files the run read, as the manifest names them (`narasi/TW3/a.md`).
    ///   - sasaran: the sasaran numbers; `kodes`: the indicator kodes (`sasaran/<n>.md`, `sasaran/<kode>.md`).
    static func find(files: [String], sasaran: [Int], kodes: [String]) -> [Finding] {
        let known = Set(fixedNames + sasaran.map { "sasaran/\($0).md" } + kodes.map { "sasaran/\($0).md" })
        return files.compactMap { path in
            guard path.hasPrefix("narasi/") else { return nil }
            let canonical = NarrativeFolders.canonical(String(path.dropFirst("narasi/".count)))
            // A period folder's file is named like narasi/'s own.
            let name =
                NarrativeFolders.folder(of: canonical).map { String(canonical.dropFirst($0.count + 1)) } ?? canonical
            guard !known.contains(name) else { return nil }
            let isSasaran = name.hasPrefix("sasaran/")
            // A number is a sasaran's, and `9.md` is not a misspelt `4.md`: only a kode or a fixed name is guessed.
            let stem = name.dropFirst("sasaran/".count).dropLast(".md".count)
            let candidates =
                !isSasaran ? fixedNames : stem.allSatisfy(\.isNumber) ? [] : kodes.map { "sasaran/\($0).md" }.sorted()
            let suggestion = closest(to: name.lowercased(), among: candidates)
            let count = isSasaran && !stem.isEmpty && stem.allSatisfy(\.isNumber) ? sasaran.count : nil
            return Finding(path: path, suggestion: suggestion, sasaranFile: isSasaran, sasaranCount: count)
        }
    }

    static func message(_ finding: Finding) -> Message {
        if let guess = finding.suggestion {
            return Message(
                "no document prints this file; did you mean \(guess)?",
                id: "berkas ini tidak dicetak di dokumen mana pun; maksudnya \(guess)?")
        }
        if let count = finding.sasaranCount {
            let numbers =
                count == 0
                ? ("none", "tidak ada")
                : count == 1
                    ? ("only sasaran 1", "hanya sasaran 1") : ("sasaran 1 to \(count)", "sasaran 1 sampai \(count)")
            return Message(
                "no document prints this file: there is no sasaran of that number (the indicators have \(numbers.0), numbered in the order indikator lists them), and no indicator has that kode",
                id:
                    "berkas ini tidak dicetak di dokumen mana pun: tidak ada sasaran bernomor itu (indikatornya memiliki \(numbers.1), bernomor menurut urutan di indikator), dan tidak ada indikator dengan kode itu"
            )
        }
        if finding.sasaranFile {
            return Message(
                "no document prints this file: its name is neither a sasaran number nor an indicator's kode",
                id: "berkas ini tidak dicetak di dokumen mana pun: namanya bukan nomor sasaran maupun kode indikator")
        }
        let names = fixedNames.joined(separator: ", ")
        return Message(
            "no document prints this file: the files a report reads are \(names) and sasaran/<nomor or kode>.md (docs/format.md, narasi/)",
            id:
                "berkas ini tidak dicetak di dokumen mana pun: berkas yang dibaca laporan adalah \(names) dan sasaran/<nomor atau kode>.md (docs/format.md, narasi/)"
        )
    }

    /// The candidate within a few edits of `name` (a third of its length at most), the nearest first.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, name.count / 3))
        let scored = candidates.map { ($0, editDistance(Array(name), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
    /// `editDistance("pendorng", "pendorong")` is 1.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
