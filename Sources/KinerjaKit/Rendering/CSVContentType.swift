import Mustache

/// The `CSV` content type of the templates (`{{% CONTENT_TYPE: CSV }}`): every value is quoted per
/// RFC 4180 when it needs it, so a user who edits a CSV template still gets valid CSV.
struct CSVContentType: MustacheContentType {
    static let name = "CSV"
    let writer = CSVWriter(delimiter: ",")

    func escapeText(_ text: String) -> String { writer.quote(text) }
}
