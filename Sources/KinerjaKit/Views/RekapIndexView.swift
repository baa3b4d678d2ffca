import Foundation

/// The view of `index.md` / `index.html`, the rekap of a many-agency run (`RekapIndex`): one line per
/// agency in slug order, the same lines in the HTML's pre-sorted views, the chart of the averages and
/// the workspaces that failed.
struct RekapIndexView: TemplateView {
    let language: String, labels: [String: String]
    let government: String?, period: String?
    let lines: [AgencyLine]
    let byAgency: Ordering, byCapaian: Ordering, byAbsorption: Ordering, byCycle: Ordering
    let chart: RekapChart
    let withoutAverage: String
    let failed: [Failed]
    let doubtful: [Marked], examples: [Marked]

    static let fields: [ViewField<Self>] = [
        .text("bahasa", "the language", \.language),
        .labels("l", "its labels", \.labels),
        .text("pemerintah", "the government, when every agency shares one", { $0.government ?? "" }),
        .flag("ada_pemerintah", "whether they do", { $0.government != nil }),
        .text("periode", "`Triwulan III 2024`, when every agency shares the period", { $0.period ?? "" }),
        .flag("ada_periode", "whether they do", { $0.period != nil }),
        .text("jumlah_instansi", "how many agencies were reported", { "\($0.lines.count)" }),
        .list("baris", "per agency, by slug", \.lines),
        .object("urut_instansi", "the HTML view by slug", \.byAgency),
        .object("urut_capaian", "the HTML view by average capaian", \.byCapaian),
        .object("urut_serapan", "the HTML view by serapan", \.byAbsorption),
        .object("urut_siklus", "the HTML view by the cycle's on-time share", \.byCycle),
        .object("grafik", "the chart of the agencies' averages", \.chart),
        .text("tanpa_rata_rata", "how many agencies have no average (no IKU with a capaian)", \.withoutAverage),
        .list("gagal", "the workspaces that failed, by folder name", \.failed),
        .flag("ada_gagal", "whether any failed", { !$0.failed.isEmpty }),
        .list(
            "perlu_diperiksa", "the agencies whose reports list values to check (`periksa`), by slug", \.doubtful),
        .flag("ada_perlu_diperiksa", "whether any does", { !$0.doubtful.isEmpty }),
        .list("masih_contoh", "the agencies whose reports still hold values of `kinerja init`, by slug", \.examples),
        .flag("ada_masih_contoh", "whether any does", { !$0.examples.isEmpty }),
    ]

    init(_ rows: [AgencyRow], failed: [WorkspaceRef], labels: [String: String], format: DisplayFormat) {
        let lines = rows.map { AgencyLine($0, labels: labels, format: format) }
        (language, self.labels, self.lines) = (format.language.rawValue, labels, lines)
        let governments = Set(rows.map(\.government)), periods = Set(lines.map(\.period))
        government = governments.count == 1 ? governments.first! : nil
        period = periods.count == 1 ? periods.first! : nil
        // The pre-sorted views of the HTML index, each numbered in its own order: by slug, and highest
        // first by a figure, agencies without it last, ties by slug.
        func view(by value: (AgencyRow) -> Decimal?) -> Ordering {
            Ordering(
                lines,
                rows.indices.sorted { a, b in
                    switch (value(rows[a]), value(rows[b])) {
                    case let (x?, y?) where x != y: return x > y
                    case (_?, nil): return true
                    case (nil, _?): return false
                    default: return a < b
                    }
                })
        }
        byAgency = Ordering(lines, Array(rows.indices))
        (byCapaian, byAbsorption, byCycle) = (
            view { $0.average }, view { $0.budgetAbsorption }, view { $0.onTimeShare }
        )
        chart = RekapChart(averages: rows.compactMap(\.average))
        withoutAverage = "\(rows.filter { $0.average == nil }.count)"
        self.failed = failed.map(\.name).sorted().map(Failed.init)
        doubtful = rows.filter { $0.doubts > 0 }.map { Marked($0, count: $0.doubts) }
        examples = rows.filter(\.examples).map { Marked($0, count: nil) }
    }

    /// An agency the rekap names below its table: its figures were made from values to check, or from the
    /// examples of `kinerja init`.
    struct Marked: TemplateView {
        let agency: String, folder: String, count: String
        static let fields: [ViewField<Self>] = [
            .text("instansi", "the agency", \.agency),
            .text("folder", "`disdikbud/2024-TW3`", \.folder),
            .text("jumlah", "how many values to check (empty for `masih_contoh`)", \.count),
        ]

        init(_ row: AgencyRow, count: Int?) {
            (agency, folder, self.count) = (row.agency, row.directory, count.map(String.init) ?? "")
        }
    }

    /// One agency (`baris`).
    struct AgencyLine: TemplateView {
        let agency: String, government: String, slug: String, period: String
        let indicatorCount: String, keyIndicatorCount: String, average: String, category: RekapCategory
        let withoutCapaian: String, absorption: String, onTime: String, documents: [DocumentLink], folder: String

        static let fields: [ViewField<Self>] = [
            .text("instansi", "the agency", \.agency),
            .text("pemerintah", "its government", \.government),
            .text("slug", "its slug", \.slug),
            .text("periode", "its period (`Triwulan III 2024`)", \.period),
            .text("jumlah_indikator", "how many indicators", \.indicatorCount),
            .text("jumlah_iku", "how many IKU", \.keyIndicatorCount),
            .text("rata_rata", "the mean capaian of the IKU", \.average),
            .object("kategori", "its category", \.category),
            .text("tanpa_capaian", "IKU without capaian", \.withoutCapaian),
            .text("serapan", "the budget's serapan", \.absorption),
            .text(
                "tepat_waktu", "the cycle's on-time share; `–` without siklus.csv or without a record for the period",
                \.onTime),
            .list("laporan", "its documents", \.documents),
            .text("folder", "`disdikbud/2024-TW3`", \.folder),
        ]

        init(_ row: AgencyRow, labels: [String: String], format: DisplayFormat) {
            func percent(_ value: Decimal?) -> String { value.map(format.percent) ?? DisplayFormat.absent }
            (agency, government, slug) = (row.agency, row.government, row.slug)
            period = "\(format.period(row.period)) \(row.year)"
            (indicatorCount, keyIndicatorCount) = ("\(row.indicatorCount)", "\(row.keyIndicatorCount)")
            average = percent(row.average)
            category = RekapCategory(row, format)
            withoutCapaian = "\(row.withoutCapaian)"
            (absorption, onTime) = (percent(row.budgetAbsorption), percent(row.onTimeShare))
            documents = row.documents.enumerated().map { offset, kind in
                let name = kind.rawValue
                return DocumentLink(
                    title: kind.linkLabel.flatMap { labels[$0] } ?? name, markdown: "\(row.directory)/\(name).md",
                    html: "\(row.directory)/\(name).html", separator: offset == row.documents.count - 1 ? "" : ";")
            }
            folder = row.directory
        }
    }

    /// An agency's category in the rekap: no Indonesian `nilai` beside the label.
    struct RekapCategory: TemplateView {
        let present: Bool, label: String, colour: String
        static let fields: [ViewField<Self>] = [
            .flag("ada", "whether it has one", \.present),
            .text("label", "in the rekap's language, or `–`", \.label),
            .text("warna", "the CSS class `k0` … `k6`", \.colour),
        ]

        init(_ row: AgencyRow, _ format: DisplayFormat) {
            guard let band = row.category else {
                (present, label, colour) = (false, DisplayFormat.absent, "")
                return
            }
            (present, label, colour) = (true, format.label(band), "k\(row.colourStep ?? 0)")
        }
    }

    struct DocumentLink: TemplateView {
        let title: String, markdown: String, html: String, separator: String
        static let fields: [ViewField<Self>] = [
            .text("nama", "the document's title", \.title),
            .text("md", "the relative link to its Markdown", \.markdown),
            .text("html", "to its HTML", \.html),
            .text("pemisah", "`;` between them, in Markdown", \.separator),
        ]
    }

    /// A pre-sorted view of the HTML table (`urut_…`).
    struct Ordering: TemplateView {
        let lines: [Ranked]
        static let fields: [ViewField<Self>] = [
            .list("baris", "the lines of `baris` in this order, each with `nomor`", \.lines)
        ]

        init(_ lines: [AgencyLine], _ order: [Int]) {
            self.lines = order.enumerated().map { Ranked(line: lines[$1], place: "\($0 + 1)") }
        }
    }

    struct Ranked: TemplateView {
        let line: AgencyLine, place: String
        static let fields: [ViewField<Self>] = [
            .inline(\.line),
            .text(
                "nomor", "the place in this order (highest first, agencies without the figure last, ties by slug)",
                \.place),
        ]
    }

    struct Failed: TemplateView {
        let folder: String
        static let fields: [ViewField<Self>] = [.text("folder", "the workspace's folder name", \.folder)]
    }
}
