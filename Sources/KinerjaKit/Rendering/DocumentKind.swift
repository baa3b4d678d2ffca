/// Every document kinerja writes, in one table: its formats (so its templates), when it is written, and
/// whether the ringkasan prints its SHA-256. The pipeline (which documents an agency gets), the rekap's links
/// and the required templates read it from here; the index and rekap, once per run, are rendered by
/// `RekapIndex` from their templates here. With `--pdf` each md/html document but the index is also printed
/// to PDF from its HTML (`ReportPDF`), and manifest.json, last, lists them all.
///
///     capaian             csv         every agency
///     serapan-anggaran    csv         an agency with anggaran.csv
///     kepatuhan-sop       csv         an agency with siklus.csv
///     laporan-pemantauan  md, html    every agency; hashed in the ringkasan
///     lkjip               md, html    at TW4 and TAHUNAN; hashed in the ringkasan
///     ringkasan           md, html    every agency, after the full reports
///     index               md, html    a many-agency run, in the output root
///     rekap               csv         a many-agency run, in the output root
enum DocumentKind: String, CaseIterable, Sendable {
    case capaian, serapanAnggaran = "serapan-anggaran", kepatuhanSOP = "kepatuhan-sop"
    case laporanPemantauan = "laporan-pemantauan", lkjip, ringkasan
    case index, rekap

    var formats: [OutputFormat] {
        switch self {
        case .capaian, .serapanAnggaran, .kepatuhanSOP, .rekap: [.csv]
        case .laporanPemantauan, .lkjip, .ringkasan, .index: [.markdown, .html]
        }
    }

    /// The templates it is rendered from, without `.mustache`: `ringkasan.md`, `ringkasan.html`.
    var templates: [String] { formats.map { rawValue + $0.fileExtension } }

    /// Written once per run for all agencies (in the output root), not per agency.
    var isIndex: Bool { self == .index || self == .rekap }

    /// A full report: the ringkasan prints the SHA-256 of its files, and the rekap links to it.
    var isFullReport: Bool { self == .laporanPemantauan || self == .lkjip }

    /// Whether an agency's outputs include it, for its computed report.
    func isWritten(for report: PerformanceReport) -> Bool {
        switch self {
        case .capaian, .laporanPemantauan, .ringkasan: true
        case .serapanAnggaran: report.budget != nil
        case .kepatuhanSOP: report.cycle != nil
        case .lkjip: report.period.isYearEnd
        case .index, .rekap: false
        }
    }

    /// The documents of one agency's folder for `report`, in the order they are rendered and listed.
    static func written(for report: PerformanceReport) -> [DocumentKind] {
        allCases.filter { $0.isWritten(for: report) }
    }

    /// The label key of its link in the rekap (short, so the links column stays narrow); nil for the CSVs.
    var linkLabel: String? {
        switch self {
        case .laporanPemantauan: "tautan_pemantauan"
        case .lkjip: "tautan_lkjip"
        case .ringkasan: "tautan_ringkasan"
        default: nil
        }
    }
}
