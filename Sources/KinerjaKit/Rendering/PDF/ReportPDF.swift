import Foundation

/// The PDF of a report, made from its HTML (the same bytes the HTML output has) by the run's PDF engine.
enum ReportPDF {
    /// A document's PDF, or why it could not be made.
    enum Made: Sendable {
        case file(OutputFile)
        case problem(Message)
    }

    /// The data each full report carries as PDF/A-3 associated files, when the run has them.
    static let attachedData = ["capaian.csv", "serapan-anggaran.csv"]

    /// The label of each document's title, for the PDF's subject.
    private static let titles = ["laporan-pemantauan": "judul", "lkjip": "judul_lkjip", "ringkasan": "judul_ringkasan"]

    /// `<name>.pdf` from `<name>.html` among `files`; nil when there is no such HTML (a template that failed).
    /// - Parameter attachments: the files to embed (the CSV outputs, for a full report).
    static func render(
        _ name: String, files: [OutputFile], attachments: [OutputFile], computed: ComputedWorkspace,
        labels: [String: String], engines: PDFEngines
    ) -> Made? {
        guard let html = files.first(where: { $0.name == name + ".html" }) else { return nil }
        let profile = computed.workspace.profile
        let format = DisplayFormat(language: profile.language)
        let title = titles[name].flatMap { labels[$0] } ?? name
        // The LKjIP is the year's report, also when it is made at TW4: "…, Tahun 2025", not "Triwulan IV 2025".
        let period = name == "lkjip" ? (labels["tahun"] ?? "Tahun") : format.period(computed.report.period)
        let job = PDFJob(
            html: html.data, author: profile.agency,
            subject: "\(title), \(period) \(profile.year)",
            date: profile.date.iso, language: profile.language.rawValue, attachments: attachments)
        do throws(PDFEngine.Failure) {
            return .file(OutputFile(name: name + ".pdf", data: try engines.render(job).pdf))
        } catch {
            return .problem(problem(error, document: name + ".pdf"))
        }
    }

    /// Why a workspace that wants PDFs cannot have them (no engine), before anything is rendered or its
    /// folder is touched; nil when it wants none or the engine is there.
    static func unavailable(_ request: RunRequest, _ profile: Profile) -> Message? {
        guard request.wantsPDF(profile) else { return nil }
        do {
            _ = try request.pdfEngines.version()
            return nil
        } catch {
            return problem(error, document: "PDF")
        }
    }

    /// The diagnostic of a PDF that could not be made.
    static func problem(_ failure: PDFEngine.Failure, document: String) -> Message {
        switch failure {
        case .unavailable(let reason): PDFEngines.missing(reason)
        case .failed(let reason):
            Message(
                "\(document): the PDF engine could not print it (\(reason))",
                id: "\(document): mesin PDF tidak dapat mencetaknya (\(reason))")
        }
    }
}
