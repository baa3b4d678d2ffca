import Foundation
import Yams

/// A label file (`Templates/label/id.yaml`): the fixed words of the reports in one language, as
/// `key: text` lines. The templates print them as `{{l.key}}`; users edit them like templates.
enum LabelFile {
    static func load(_ text: String, file: String, log: inout DiagnosticLog) -> [String: String] {
        PlainLabelLines.parse(text) ?? loadWithYams(text, file: file, log: &log)
    }

    /// Any label file, through Yams: what `PlainLabelLines` does not read, and every error.
    static func loadWithYams(_ text: String, file: String, log: inout DiagnosticLog) -> [String: String] {
        if let alias = YAMLAliases.first(in: text) {
            log.error(file, line: alias.line, column: alias.column, YAMLAliases.refusal(alias))
            return [:]
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)  // every label is text
        } catch {
            let syntax = YAMLSyntaxError(error, text: text)
            log.error(file, line: syntax.line, column: syntax.column, syntax.message)
            return [:]
        }
        guard let mapping = root?.mapping else {
            log.error(
                file, line: 1,
                Message(
                    "expected `key: text` lines in the label file", id: "berkas label harus berisi baris `kunci: teks`")
            )
            return [:]
        }
        var labels: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string, let text = value.scalar?.string else {
                log.error(
                    file, line: key.mark?.line, column: key.mark?.column,
                    Message(
                        "label \(key.string ?? "?") should be one line of text, e.g. `judul: Laporan Pemantauan Kinerja`",
                        id:
                            "label \(key.string ?? "?") harus berupa satu baris teks, mis. `judul: Laporan Pemantauan Kinerja`"
                    ))
                continue
            }
            labels[name] = text
        }
        return labels
    }

    /// Warns at every key of `text` not in `known` (the default file's keys and those the templates use).
    static func warnUnused(_ text: String, file: String, known: Set<String>, log: inout DiagnosticLog) {
        guard YAMLAliases.first(in: text) == nil, let mapping = (try? Yams.compose(yaml: text, .basic))?.mapping else {
            return
        }
        for key in mapping.keys {
            guard let name = key.string, !known.contains(name) else { continue }
            log.warning(
                file, line: key.mark?.line, column: key.mark?.column,
                Message(
                    "label \(name) is not a key of the default label file and no template uses it, so it changes nothing; check its spelling against the default label file",
                    id:
                        "label \(name) bukan kunci di berkas label bawaan dan tidak dipakai templat mana pun, jadi tidak mengubah apa pun; periksa ejaannya dengan berkas label bawaan"
                ))
        }
    }
}
