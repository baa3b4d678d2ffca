import Foundation
import Yams

/// Parses a YAML file whose top level must be a mapping (profil.yaml, sop.yaml), turning Yams'
/// errors into a diagnostic at their line and column.
enum YAMLDocument {
    /// No plain scalar gets a type besides text: the loaders read every value as text themselves
    /// (NumberReader, CalendarDate, YAMLFields.bool) and ask only whether a value is null (`isNull`).
    /// Yams' default resolver tries seven regular expressions on every scalar, also when it hashes keys
    /// to find duplicates: most of the time of reading a profile (BENCHMARKS.md).
    static let resolver = Resolver.basic

    /// YAML's null: `~`, `null`, `Null`, `NULL` or nothing, written plain (the rule of Yams' `.null`
    /// resolver, whose regular expression took ICU about 0,7 ms to compile in every run), or tagged `!!null`.
    /// `kepala: ~` and `kepala:` are null; `kepala: "~"` and `kepala: ""` are text.
    static func isNull(_ node: Node) -> Bool {
        // By its text: `Tag(.null)` would build Yams' default resolver, and with it all seven expressions.
        if node.tag.description == "tag:yaml.org,2002:null" { return true }
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// - Parameter what: what the file should hold, for the message about an empty file.
    static func mapping(_ data: Data, file: String, what: Message, log: inout DiagnosticLog) -> Node.Mapping? {
        let text = TextDecoding.decode(data).text
        if let alias = YAMLAliases.first(in: text) {
            log.error(file, line: alias.line, column: alias.column, YAMLAliases.refusal(alias))
            return nil
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, resolver) else {
                log.error(
                    file, line: 1, column: 1, "the file is empty; expected \(what.en)",
                    id: "berkas ini kosong; isi dengan \(what.id)")
                return nil
            }
            root = node
        } catch {
            let syntax = YAMLSyntaxError(error, text: text)
            log.error(file, line: syntax.line, column: syntax.column, syntax.message)
            return nil
        }
        guard let mapping = root.mapping else {
            log.error(
                file, line: root.mark?.line, column: root.mark?.column,
                Message(
                    "expected `key: value` lines (a YAML mapping) at the top level",
                    id: "tingkat teratas harus berupa baris `nama: nilai` (pemetaan YAML)"))
            return nil
        }
        return mapping
    }
}
