import Foundation

/// Geometry of the SOP flow drawn in the HTML report (`_alur.html`): the SOP's pelaksana columns as
/// vertical lanes, one box per step in its executor's lane (one row per step, top to bottom, as in
/// the SOP's table), arrows between consecutive steps, and each step's status at the right.
/// Sized like the bar chart (500 wide) so it fits a phone without scrolling.
struct Swimlane: TemplateView {
    struct Row: Sendable {
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

    /// The geometry, worked out once when the flow is built: the template reads each name many times
    /// (every step's), and each read once wrapped every lane's name again.
    let laneWidth: Int
    /// Lane names wrapped to the lane's width (about 6 px a character at 11 px).
    let laneLines: [[String]]
    let headerHeight: Int
    private(set) var laneViews: [Lane] = []
    private(set) var boxes: [Box] = []
    private(set) var arrows: [Arrow] = []
    /// `tinggi`, `kepala_tinggi` and `status_x` printed.
    private(set) var heightText = "", headerHeightText = "", statusXText = ""

    init(lanes: [String], rows: [Row]) {
        (self.lanes, self.rows) = (lanes, rows)
        let laneWidth = Self.lanesWidth / max(lanes.count, 1)
        let laneLines = lanes.map { Self.wrap($0, width: max(6, (laneWidth - 6) / 6)) }
        (self.laneWidth, self.laneLines) = (laneWidth, laneLines)
        headerHeight = (laneLines.map(\.count).max() ?? 1) * Self.lineHeight + 12
        (heightText, headerHeightText, statusXText) = ("\(height)", "\(headerHeight)", "\(statusX)")
        laneViews = makeLaneViews()
        boxes = makeBoxes()
        arrows = makeArrows()
    }

    var height: Int { headerHeight + rows.count * Self.rowHeight + 8 }

    func laneCentre(_ lane: Int) -> Int { Self.numberColumn + lane * laneWidth + laneWidth / 2 }
    func boxTop(_ row: Int) -> Int { headerHeight + row * Self.rowHeight + (Self.rowHeight - Self.boxHeight) / 2 }

    var statusX: Int { Self.numberColumn + Self.lanesWidth + 10 }

    private static let widthText = "\(width)"

    static let fields: [ViewField<Self>] = [
        .text("lebar", "the SVG's width", { _ in widthText }),
        .text("tinggi", "its height", \.heightText),
        .text("kepala_tinggi", "the height of the lanes' header", \.headerHeightText),
        .text("status_x", "the x of the statuses", \.statusXText),
        .list("lajur", "one lane per role", \.laneViews),
        .list("langkah", "one box per step", \.boxes),
        .list("panah", "the arrows between consecutive steps", \.arrows),
    ]

    private func makeLaneViews() -> [Lane] {
        let lines = laneLines
        return lanes.indices.map { i in
            Lane(
                x: "\(Self.numberColumn + i * laneWidth)", width: "\(laneWidth)", centre: "\(laneCentre(i))",
                even: i % 2 == 0,
                lines: lines[i].enumerated().map { n, text in Lane.Line(text: text, y: "\(14 + n * Self.lineHeight)") })
        }
    }

    private func makeBoxes() -> [Box] {
        let boxWidth = min(56, laneWidth - 12)
        return rows.enumerated().map { i, row in
            let top = boxTop(i)
            return Box(
                row: row, x: "\(laneCentre(row.lane) - boxWidth / 2)", top: top, width: "\(boxWidth)",
                centre: "\(laneCentre(row.lane))", statusX: statusXText, number: "\(row.number)", topText: "\(top)",
                textY: "\(top + 14)")
        }
    }

    private func makeArrows() -> [Arrow] {
        rows.indices.dropLast().map { i in
            let (from, to) = (laneCentre(rows[i].lane), laneCentre(rows[i + 1].lane))
            let bottom = boxTop(i) + Self.boxHeight
            let next = boxTop(i + 1)
            return Arrow(
                path: from == to
                    ? "M\(from) \(bottom) V\(next - 1)"
                    : "M\(from) \(bottom) V\(bottom + (next - bottom) / 2) H\(to) V\(next - 1)")
        }
    }

    struct Lane: TemplateView {
        let x: String, width: String, centre: String, even: Bool, lines: [Line]
        static let fields: [ViewField<Self>] = [
            .text("x", "where the lane starts", \.x),
            .text("lebar", "its width", \.width),
            .text("tengah", "its centre", \.centre),
            .flag("genap", "true for every other lane, from the first", \.even),
            .list("baris", "the role's name wrapped to the lane", \.lines),
        ]

        struct Line: TemplateView {
            let text: String, y: String
            static let fields: [ViewField<Self>] = [
                .text("teks", "one line of the name", \.text),
                .text("y", "its baseline", \.y),
            ]
        }
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Box: TemplateView {
        let row: Row, x: String, top: Int, width: String, centre: String, statusX: String
        /// `no`, `y` and `teks_y` printed.
        let number: String, topText: String, textY: String

        init(
            row: Row, x: String, top: Int, width: String, centre: String, statusX: String, number: String,
            topText: String, textY: String
        ) {
            (self.row, self.x, self.top, self.width, self.centre, self.statusX) = (row, x, top, width, centre, statusX)
            (self.number, self.topText, self.textY) = (number, topText, textY)
        }
        private static let heightText = "\(Swimlane.boxHeight)", numberXText = "\(Swimlane.numberColumn / 2)"
        static let fields: [ViewField<Box>] = [
            .text("no", "the step's number", \.number),
            .text("x", "the box's left", \.x),
            .text("y", "its top", \.topText),
            .text("lebar", "its width", \.width),
            .text("tinggi", "its height", { _ in heightText }),
            .text("tengah", "its centre", \.centre),
            .text("teks_y", "the baseline of its number", \.textY),
            .text("kelas", "the status's CSS class (`s-tepat-waktu`, …)", \.row.statusClass),
            .text("status", "the status in words (`terlambat 2 hari`)", \.row.statusText),
            .flag("terlambat", "true when late", \.row.late),
            .text("status_x", "the x of the status", \.statusX),
            .text("no_x", "the x of the number", { _ in numberXText }),
        ]
    }

    struct Arrow: TemplateView {
        let path: String
        static let fields: [ViewField<Self>] = [.text("d", "an SVG path", \.path)]
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
