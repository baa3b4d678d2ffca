/// The numbers a document's footnotes get as the view renderer prints it: each note is numbered (or
/// lettered) where the template first prints its marker, and the lists `rumus_dipakai` and `catatan_kaki`
/// hold the notes printed, in that order. So a template that prints the budget table before the
/// indicators gets ¹ in the budget table, and a note whose marker no template line prints is not listed.
///
///     build order (Footnotes):  reasons [belum_ada_data, target_nol]      (marked while building the rows)
///     template prints:          budget "–" (target_nol) … indicators "–" (belum_ada_data)
///     numbering:                target_nol ¹, belum_ada_data ²; catatan_kaki [target_nol, belum_ada_data]
///
/// A list (or `ada_catatan_kaki`) read before a later marker is first printed would be short: the renderer
/// then renders the document again from the finished numbering (`seeded(_:)`), so the lists and every
/// marker agree wherever the template puts the footnotes.
struct FootnoteNumbering {
    /// For each series (`Footnotes.Series.rawValue`), the build index of each note in print order.
    private(set) var order: [[Int]] = [[], []]
    /// For each series, the print position of each build index, -1 for a note not printed yet.
    private var positions: [[Int]] = [[], []]
    /// Whether a list, or the flag, of the notes has been read.
    private var listed = false
    /// Whether a note was first printed after a list was read: the lists printed were short.
    private(set) var stale = false

    init() {}

    /// A numbering that starts from `finished`'s (the second rendering of a stale document).
    static func seeded(_ finished: FootnoteNumbering) -> FootnoteNumbering {
        var numbering = finished
        (numbering.listed, numbering.stale) = (false, false)
        return numbering
    }

    /// `text` with each placeholder replaced by its note's marker, numbering the notes printed first here.
    mutating func print(_ text: String) -> String {
        Footnotes.replacing(text) { series, index in
            Footnotes.marker(series, position: position(of: index, in: series))
        }
    }

    /// The build indices of the notes of `series` printed so far, in print order (for the lists).
    mutating func listing(_ series: Footnotes.Series) -> [Int] {
        listed = true
        return order[series.rawValue]
    }

    /// Whether any note has been printed so far (`ada_catatan_kaki`).
    mutating func anyPrinted() -> Bool {
        listed = true
        return !order[0].isEmpty || !order[1].isEmpty
    }

    private mutating func position(of index: Int, in series: Footnotes.Series) -> Int {
        let s = series.rawValue
        if index < positions[s].count, positions[s][index] >= 0 { return positions[s][index] }
        if index >= positions[s].count {
            positions[s].append(contentsOf: repeatElement(-1, count: index + 1 - positions[s].count))
        }
        positions[s][index] = order[s].count
        order[s].append(index)
        if listed { stale = true }
        return positions[s][index]
    }
}
