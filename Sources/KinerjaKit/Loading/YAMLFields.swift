import Foundation
import Yams

/// Typed access to the fields of one YAML mapping, with a diagnostic at the node for each problem.
struct YAMLFields {
    let file: String
    let mapping: Node.Mapping
    /// `kepala.` for nested mappings, so messages name the full field.
    let path: String

    func node(_ key: String) -> Node? { mapping[Node(key)] }

    func error(_ key: String, _ message: String, log: inout DiagnosticLog) {
        let mark = node(key)?.mark ?? mapping.keys.first { $0.string == key }?.mark
        log.error(file, line: mark?.line, column: mark?.column, message)
    }

    func missing(_ key: String, _ expected: String, log: inout DiagnosticLog) {
        let parent = path.isEmpty ? "the file" : "\"\(path.dropLast())\""
        log.error(file, line: mapping.keys.first?.mark?.line, column: mapping.keys.first?.mark?.column,
                  "\(parent) has no \"\(key)\"; expected \(expected)")
    }

    /// A scalar as text; nil when absent or empty (and an error when required).
    /// - Parameter expected: what belongs there, for the message when a required value is missing.
    func string(_ key: String, required: Bool = false, expected: String? = nil, log: inout DiagnosticLog) -> String? {
        let expected = expected ?? Self.expected[key] ?? "a value"
        guard let node = node(key), node.tag.description != "tag:yaml.org,2002:null" else {
            if required { missing(key, expected, log: &log) }
            return nil
        }
        guard let text = node.scalar?.string.trimmingSpaces() else {
            error(key, "\(path)\(key) should be a single value, not a list or a mapping", log: &log)
            return nil
        }
        if text.isEmpty, required { missing(key, expected, log: &log); return nil }
        return text.isEmpty ? nil : text
    }

    func year(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let text = string(key, required: true, log: &log) else { return nil }
        guard let y = Int(text), (1900...2999).contains(y) else {
            error(key, "\(path)\(key) \"\(text)\" is not a year; expected four digits such as 2024", log: &log)
            return nil
        }
        return y
    }

    func yearRange(_ key: String, log: inout DiagnosticLog) -> ClosedRange<Int>? {
        guard let text = string(key, log: &log) else { return nil }
        let parts = text.split(separator: "-").map { Int($0.trimmingSpaces()) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a <= b, a > 1900 else {
            error(key, "\(path)\(key) \"\(text)\" is not a range of years; expected first-last, e.g. 2021-2026", log: &log)
            return nil
        }
        return a...b
    }

    func date(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(key, "\(path)\(key) \"\(text)\" is not a date; expected year-month-day, e.g. 2024-10-15", log: &log)
            return nil
        }
        return date
    }

    func dates(_ key: String, log: inout DiagnosticLog) -> [CalendarDate] {
        guard let node = node(key) else { return [] }
        guard let items = node.sequence else {
            error(key, "\(path)\(key) should be a list of dates, e.g. [2024-08-17, 2024-12-25]", log: &log)
            return []
        }
        return items.compactMap { item in
            if let text = item.string, let date = CalendarDate(iso: text) { return date }
            log.error(file, line: item.mark?.line, column: item.mark?.column,
                      "\(path)\(key) has \"\(item.string ?? "a non-date")\", which is not a date; expected year-month-day, e.g. 2024-08-17")
            return nil
        }
    }

    /// A list of texts (`[a, b]` or one `- item` per line); a single value is a list of one.
    func list(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let node = node(key), node.tag.description != "tag:yaml.org,2002:null" else { return [] }
        if let text = node.scalar?.string.trimmingSpaces() { return text.isEmpty ? [] : [text] }
        guard let items = node.sequence else {
            error(key, "\(path)\(key) should be a list, one `- item` per line", log: &log)
            return []
        }
        return items.compactMap { item in
            guard let text = item.scalar?.string.trimmingSpaces() else {
                log.error(file, line: item.mark?.line, column: item.mark?.column,
                          "\(path)\(key) should hold plain texts, not lists or mappings")
                return nil
            }
            return text.isEmpty ? nil : text
        }
    }

    /// A warning at every key of the mapping that is not in `known`.
    func warnUnknown(_ known: Set<String>, log: inout DiagnosticLog) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            log.warning(file, line: key.mark?.line, column: key.mark?.column, "unknown field \"\(path)\(name)\" is ignored")
        }
    }

    func decimal(_ key: String, log: inout DiagnosticLog) -> Decimal? {
        guard let text = string(key, log: &log) else { return nil }
        guard case .number(let value, _) = NumberReader.reading(text) else {
            error(key, "\(path)\(key) \"\(text)\" is not a number; expected e.g. 100 or 120", log: &log)
            return nil
        }
        return value
    }

    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let text = string(key, log: &log)?.lowercased() else { return nil }
        switch text {
        case "true", "ya", "yes": return true
        case "false", "tidak", "no": return false
        default:
            error(key, "\(path)\(key) \"\(text)\" is not true or false", log: &log)
            return nil
        }
    }

    func choice<T>(_ key: String, _ choices: [(String, T)], log: inout DiagnosticLog) -> T? {
        guard let text = string(key, log: &log) else { return nil }
        if let match = choices.first(where: { $0.0 == text.lowercased() }) { return match.1 }
        error(key, "\(path)\(key) \"\(text)\" is not one of \(choices.map(\.0).joined(separator: ", "))", log: &log)
        return nil
    }

    /// An official (`kepala`, `penyusun`): nama and jabatan required, pangkat, nip and plt optional.
    func official(_ key: String, required: Bool, log: inout DiagnosticLog) -> Official? {
        guard let node = node(key) else {
            if required { missing(key, "the signatory with nama, jabatan, pangkat and nip", log: &log) }
            return nil
        }
        guard let mapping = node.mapping else {
            error(key, "\(key) should hold nama, jabatan, pangkat and nip on indented lines", log: &log)
            return nil
        }
        let fields = YAMLFields(file: file, mapping: mapping, path: "\(path)\(key).")
        let name = fields.string("nama", required: true, log: &log)
        let position = fields.string("jabatan", required: true, log: &log)
        let nip = fields.string("nip", log: &log)
        if let nip, nip.filter(\.isNumber).count != 18 || !nip.allSatisfy({ $0.isNumber || $0 == " " }) {
            fields.warningAt("nip", "\(key).nip \"\(nip)\" is not an 18-digit NIP; it is printed as given", log: &log)
        }
        let acting = fields.bool("plt", log: &log)
        guard let name, let position else { return nil }
        return Official(name: name, position: position, rank: fields.string("pangkat", log: &log), nip: nip,
                        acting: acting ?? false)
    }

    func warningAt(_ key: String, _ message: String, log: inout DiagnosticLog) {
        let mark = node(key)?.mark
        log.warning(file, line: mark?.line, column: mark?.column, message)
    }

    private static let expected: [String: String] = [
        "pemerintah": "the government, e.g. Kabupaten Pesisir Selatan",
        "instansi": "the agency's name, e.g. Dinas Pendidikan dan Kebudayaan",
        "tahun": "the fiscal year, e.g. 2024",
        "periode": "TW1, TW2, TW3, TW4 or TAHUNAN",
        "tempat": "the place on the signature line, e.g. Painan",
        "tanggal": "the signature date, e.g. 2024-10-15",
        "nama": "the signatory's name with degrees",
        "jabatan": "the signatory's position, e.g. Kepala Dinas Pendidikan dan Kebudayaan",
    ]
}
