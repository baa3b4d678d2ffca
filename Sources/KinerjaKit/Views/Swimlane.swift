import Foundation

/// Geometry of the SOP flow drawn in the HTML report (`_alur.html`): the SOP's pelaksana columns as
/// vertical lanes, one box per step in its executor's lane (one row per step, top to bottom, as in
/// the SOP's table), arrows between consecutive steps, and each step's status at the right.
/// Sized like the bar chart (500 wide) so it fits a phone without scrolling.
struct Swimlane {
    struct Row {
        let number: Int
        /// Index of the executor's lane.
        let lane: Int
        /// CSS class of the status (`s-tepat-waktu`, …) and its text (`terlambat 2 hari`).
        let statusClass: String
        let statusText: String
        let late: Bool
    }

    let lanes: [String]
    let rows: [Row]

    static let width = 500
    static let numberColumn = 28
    static let lanesWidth = 300
    static let rowHeight = 34
    static let boxHeight = 20
    static let lineHeight = 13

    var laneWidth: Int { Self.lanesWidth / max(lanes.count, 1) }

    /// Lane names wrapped to the lane's width (about 6 px a character at 11 px).
    var laneLines: [[String]] { lanes.map { Self.wrap($0, width: max(6, (laneWidth - 6) / 6)) } }
    var headerHeight: Int { (laneLines.map(\.count).max() ?? 1) * Self.lineHeight + 12 }
    var height: Int { headerHeight + rows.count * Self.rowHeight + 8 }

    func laneCentre(_ lane: Int) -> Int { Self.numberColumn + lane * laneWidth + laneWidth / 2 }
    func boxTop(_ row: Int) -> Int { headerHeight + row * Self.rowHeight + (Self.rowHeight - Self.boxHeight) / 2 }

    var context: [String: Any] {
        let boxWidth = min(56, laneWidth - 12)
        let statusX = Self.numberColumn + Self.lanesWidth + 10
        let lines = laneLines
        let lanes: [[String: Any]] = self.lanes.indices.map { i in
            [
                "x": "\(Self.numberColumn + i * laneWidth)", "lebar": "\(laneWidth)", "tengah": "\(laneCentre(i))",
                "genap": i % 2 == 0,
                "baris": lines[i].enumerated().map { n, text in ["teks": text, "y": "\(14 + n * Self.lineHeight)"] },
            ]
        }
        let boxes: [[String: Any]] = rows.enumerated().map { i, row in
            let top = boxTop(i)
            return [
                "no": "\(row.number)", "x": "\(laneCentre(row.lane) - boxWidth / 2)", "y": "\(top)",
                "lebar": "\(boxWidth)", "tinggi": "\(Self.boxHeight)",
                "tengah": "\(laneCentre(row.lane))", "teks_y": "\(top + 14)",
                "kelas": row.statusClass, "status": row.statusText, "terlambat": row.late,
                "status_x": "\(statusX)", "no_x": "\(Self.numberColumn / 2)",
            ]
        }
        var arrows: [[String: Any]] = []
        for i in rows.indices.dropLast() {
            let (from, to) = (laneCentre(rows[i].lane), laneCentre(rows[i + 1].lane))
            let bottom = boxTop(i) + Self.boxHeight
            let next = boxTop(i + 1)
            let d = from == to
                ? "M\(from) \(bottom) V\(next - 1)"
                : "M\(from) \(bottom) V\(bottom + (next - bottom) / 2) H\(to) V\(next - 1)"
            arrows.append(["d": d])
        }
        return [
            "lebar": "\(Self.width)", "tinggi": "\(height)", "kepala_tinggi": "\(headerHeight)",
            "lajur": lanes, "langkah": boxes, "panah": arrows,
            "status_x": "\(statusX)",
        ]
    }

    /// Greedy word wrap: `Bidang-bidang dan fungsional` at 10 → [`Bidang-`, `bidang dan`, `fungsional`].
    /// A word longer than the width is broken after a hyphen when it has one, else kept whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if word.count > width, let hyphen = word.firstIndex(of: "-") {
                words.append(String(word[...hyphen]))
                words.append(String(word[word.index(after: hyphen)...]))
            } else {
                words.append(word)
            }
        }
        var lines: [String] = []
        for word in words {
            if let last = lines.last, last.count + 1 + word.count <= width, !last.hasSuffix("-") {
                lines[lines.count - 1] = last + " " + word
            } else if let last = lines.last, last.hasSuffix("-"), last.count + word.count <= width {
                lines[lines.count - 1] = last + word
            } else {
                lines.append(word)
            }
        }
        return lines.isEmpty ? [""] : lines
    }
}
