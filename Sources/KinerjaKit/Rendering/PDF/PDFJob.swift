import Foundation

/// One document for the PDF engine: the HTML the tests check, what the archive's metadata says of it,
/// and the files it carries.
struct PDFJob: Sendable {
    var html: Data
    /// XMP dc:creator and /Author: the agency.
    var author: String
    /// XMP dc:description and /Subject: the document and its period (`Laporan Pemantauan Kinerja, Triwulan III 2024`).
    var subject: String
    /// CreationDate, ModDate and every attachment's dates: the signature date from profil.yaml (`2024-10-15`),
    /// never the clock.
    var date: String
    /// `id` or `en`.
    var language: String
    /// Embedded as PDF/A-3 associated files (AFRelationship /Data): the data the document shows.
    var attachments: [OutputFile] = []

    /// The request line the driver reads (PDFDriver), with a final newline.
    func encoded() -> Data {
        let object: [String: Any] = [
            "html": html.base64EncodedString(), "author": author, "subject": subject, "date": date,
            "lang": language, "generator": "kinerja \(KinerjaVersion.current)",
            "attachments": attachments.map { file -> [String: String] in
                ["name": file.name, "data": file.data.base64EncodedString(), "description": file.name]
            },
        ]
        // Strings, lists and dictionaries of strings always encode.
        return ((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data())
            + Data("\n".utf8)
    }
}
