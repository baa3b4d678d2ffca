import Foundation
import Yams

/// Typed access to the fields of one YAML mapping, with a diagnostic at the node for each problem.
struct YAMLFields {
    let file: String
    let mapping: Node.Mapping
    /// `kepala.` for nested mappings, so messages name the full field.
    let path: String
    /// Each scalar key's value, the first where a key is repeated (as `mapping[text:]` finds it): a mapping is asked
    /// for most of its fields, and walking it copied every pair before the one asked (issue 22).
    /// MappingLookupParityTests compares the two.
    private let values: [String: Node]

    init(file: String, mapping: Node.Mapping, path: String) {
        self.file = file
        self.mapping = mapping
        self.path = path
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if let text = key.scalar?.string, values[text] == nil { values[text] = value }
        }
        self.values = values
    }

    func node(_ key: String) -> Node? { values[key] }

    func error(_ key: String, _ message: Message, log: inout DiagnosticLog) {
        let mark = node(key)?.mark ?? mapping.keys.first { $0.string == key }?.mark
        log.error(file, line: mark?.line, column: mark?.column, message)
    }

    func missing(_ key: String, _ expected: Message, log: inout DiagnosticLog) {
        let parent = path.isEmpty ? ("the file", "berkas ini") : ("\"\(path.dropLast())\"", "\"\(path.dropLast())\"")
        log.error(
            file, line: mapping.keys.first?.mark?.line, column: mapping.keys.first?.mark?.column,
            "\(parent.0) has no \"\(key)\"; expected \(expected.en)",
            id: "\(parent.1) tidak memuat \"\(key)\"; isi dengan \(expected.id)")
    }

    /// A scalar as text; nil when absent or empty (and an error when required).
    /// - Parameter expected: what belongs there, for the message when a required value is missing.
    func string(_ key: String, required: Bool = false, expected: Message? = nil, log: inout DiagnosticLog) -> String? {
        let expected = expected ?? Self.expected[key] ?? Message("a value", id: "sebuah nilai")
        guard let node = node(key), !YAMLDocument.isNull(node) else {
            if required { missing(key, expected, log: &log) }
            return nil
        }
        guard let text = node.scalar?.string.trimmingSpaces() else {
            error(
                key,
                Message(
                    "\(path)\(key) should be a single value, not a list or a mapping",
                    id: "\(path)\(key) harus berisi satu nilai, bukan daftar atau pemetaan"), log: &log)
            return nil
        }
        if text.isEmpty, required {
            missing(key, expected, log: &log)
            return nil
        }
        return text.isEmpty ? nil : text
    }

    func year(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let text = string(key, required: true, log: &log) else { return nil }
        guard let y = Int(text), (1900...2999).contains(y) else {
            error(
                key,
                Message(
                    "\(path)\(key) \"\(text)\" is not a year; expected four digits such as 2024",
                    id: "\(path)\(key) \"\(text)\" bukan tahun; isi dengan empat angka seperti 2024"), log: &log)
            return nil
        }
        return y
    }

    func yearRange(_ key: String, log: inout DiagnosticLog) -> ClosedRange<Int>? {
        guard let text = string(key, log: &log) else { return nil }
        let parts = text.split(separator: "-").map { Int($0.trimmingSpaces()) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a <= b, a > 1900 else {
            error(
                key,
                Message(
                    "\(path)\(key) \"\(text)\" is not a range of years; expected first-last, e.g. 2021-2026",
                    id: "\(path)\(key) \"\(text)\" bukan rentang tahun; tulis awal-akhir, mis. 2021-2026"), log: &log)
            return nil
        }
        return a...b
    }

    func date(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(
                key,
                Message(
                    "\(path)\(key) \"\(text)\" is not a date; expected year-month-day, e.g. 2024-10-15",
                    id: "\(path)\(key) \"\(text)\" bukan tanggal; tulis tahun-bulan-tanggal, mis. 2024-10-15"),
                log: &log)
            return nil
        }
        return date
    }

    func dates(_ key: String, log: inout DiagnosticLog) -> [CalendarDate] {
        guard let node = node(key) else { return [] }
        guard let items = node.sequence else {
            error(
                key,
                Message(
                    "\(path)\(key) should be a list of dates, e.g. [2024-08-17, 2024-12-25]",
                    id: "\(path)\(key) harus berupa daftar tanggal, mis. [2024-08-17, 2024-12-25]"), log: &log)
            return []
        }
        return items.compactMap { item in
            if let text = item.string, let date = CalendarDate(iso: text) { return date }
            log.error(
                file, line: item.mark?.line, column: item.mark?.column,
                "\(path)\(key) has \"\(item.string ?? "a non-date")\", which is not a date; expected year-month-day, e.g. 2024-08-17",
                id:
                    "\(path)\(key) berisi \"\(item.string ?? "bukan tanggal")\", yang bukan tanggal; tulis tahun-bulan-tanggal, mis. 2024-08-17"
            )
            return nil
        }
    }

    /// A list of texts (`[a, b]` or one `- item` per line); a single value is a list of one.
    func list(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let node = node(key), !YAMLDocument.isNull(node) else { return [] }
        if let text = node.scalar?.string.trimmingSpaces() { return text.isEmpty ? [] : [text] }
        guard let items = node.sequence else {
            error(
                key,
                Message(
                    "\(path)\(key) should be a list, one `- item` per line",
                    id: "\(path)\(key) harus berupa daftar, satu `- butir` per baris"), log: &log)
            return []
        }
        return items.compactMap { item in
            guard let text = item.scalar?.string.trimmingSpaces() else {
                log.error(
                    file, line: item.mark?.line, column: item.mark?.column,
                    Message(
                        "\(path)\(key) should hold plain texts, not lists or mappings",
                        id: "\(path)\(key) harus berisi teks biasa, bukan daftar atau pemetaan"))
                return nil
            }
            return text.isEmpty ? nil : text
        }
    }

    /// A warning at every key of the mapping that is not in `known`.
    func warnUnknown(_ known: Set<String>, log: inout DiagnosticLog) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            log.warning(
                file, line: key.mark?.line, column: key.mark?.column, "unknown field \"\(path)\(name)\" is ignored",
                id: "isian \"\(path)\(name)\" tidak dikenal dan diabaikan; periksa ejaannya")
        }
    }

    func decimal(_ key: String, log: inout DiagnosticLog) -> Decimal? {
        guard let text = string(key, log: &log) else { return nil }
        guard case .number(let value, _) = NumberReader.reading(text) else {
            error(
                key,
                Message(
                    "\(path)\(key) \"\(text)\" is not a number; expected e.g. 100 or 120",
                    id: "\(path)\(key) \"\(text)\" bukan angka; isi mis. 100 atau 120"), log: &log)
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
            error(
                key,
                Message(
                    "\(path)\(key) \"\(text)\" is not true or false",
                    id: "\(path)\(key) \"\(text)\" bukan ya atau tidak; isi dengan ya atau tidak"), log: &log)
            return nil
        }
    }

    func choice<T>(_ key: String, _ choices: [(String, T)], log: inout DiagnosticLog) -> T? {
        guard let text = string(key, log: &log) else { return nil }
        if let match = choices.first(where: { $0.0 == text.lowercased() }) { return match.1 }
        error(
            key,
            Message(
                "\(path)\(key) \"\(text)\" is not one of \(choices.map(\.0).joined(separator: ", "))",
                id: "\(path)\(key) berisi \"\(text)\"; isi dengan \(Message.alternatives(choices.map(\.0)).id)"),
            log: &log)
        return nil
    }

    /// An official (`kepala`, `penyusun`): nama and jabatan required, pangkat, nip and plt optional.
    func official(_ key: String, required: Bool, log: inout DiagnosticLog) -> Official? {
        guard let node = node(key) else {
            if required {
                missing(
                    key,
                    Message(
                        "the signatory with nama, jabatan, pangkat and nip",
                        id: "penanda tangan dengan nama, jabatan, pangkat, dan nip"), log: &log)
            }
            return nil
        }
        guard let mapping = node.mapping else {
            error(
                key,
                Message(
                    "\(key) should hold nama, jabatan, pangkat and nip on indented lines",
                    id: "\(key) harus memuat nama, jabatan, pangkat, dan nip pada baris-baris yang menjorok"), log: &log
            )
            return nil
        }
        let fields = YAMLFields(file: file, mapping: mapping, path: "\(path)\(key).")
        let name = fields.string("nama", required: true, log: &log)
        let jabatan = fields.string("jabatan", required: true, log: &log)
        let nip = fields.string("nip", log: &log)
        if let nip, nip.filter(\.isNumber).count != 18 || !nip.allSatisfy({ $0.isNumber || $0 == " " }) {
            fields.warningAt(
                "nip",
                Message(
                    "\(key).nip \"\(nip)\" is not an 18-digit NIP; it is printed as given",
                    id: "\(key).nip \"\(nip)\" bukan NIP 18 angka; dicetak apa adanya"), log: &log)
        }
        let acting = fields.bool("plt", log: &log)
        guard let name, let original = jabatan else { return nil }
        var position = original
        // `jabatan: Plt. Kepala Dinas …` beside `plt: true` printed "Plt. PLT. KEPALA DINAS …" on the line the
        // head signs (a planner's trial): the Plt. written in jabatan is the flag, printed once by the template.
        let written = Self.actingPrefix(position)
        if written > 0, !position.dropFirst(written).trimmingSpaces().isEmpty {
            position = String(position.dropFirst(written)).trimmingSpaces()
            if acting == false {
                fields.warningAt(
                    "plt",
                    Message(
                        "\(key).jabatan starts with Plt. but \(key).plt is false; it is printed as acting (Plt.): remove Plt. from jabatan if the official is not acting",
                        id:
                            "\(key).jabatan diawali Plt. padahal \(key).plt false; dicetak sebagai pelaksana tugas (Plt.): hapus Plt. dari jabatan jika pejabatnya definitif"
                    ), log: &log)
            }
        }
        return Official(
            name: name, position: position, rank: fields.string("pangkat", log: &log), nip: nip,
            acting: position != original || (acting ?? false))
    }

    /// How many characters of `position` are a written "Plt." (`Plt. `, `PLT `, `plt.`), 0 when none.
    ///
    ///     actingPrefix("Plt. Kepala Dinas") → 5, actingPrefix("PLT Kepala Dinas") → 4, actingPrefix("Pltx") → 0
    ///
    /// On the substring, not an array of its characters: `String(_:)` of an `ArraySlice<Character>` is the
    /// generic sequence initialiser, whose first use has the runtime search every conformance record of the
    /// binary (about 0,3 M instructions; BENCHMARKS.md).
    static func actingPrefix(_ position: String) -> Int {
        let head = position.prefix(5)
        guard head.count >= 4, String(head.prefix(3)).lowercased() == "plt" else { return 0 }
        let fourth = head[head.index(head.startIndex, offsetBy: 3)]
        if fourth == "." { return head.count == 5 && head.last == " " ? 5 : 4 }
        return fourth == " " ? 4 : 0
    }

    func warningAt(_ key: String, _ message: Message, log: inout DiagnosticLog) {
        let mark = node(key)?.mark
        log.warning(file, line: mark?.line, column: mark?.column, message)
    }

    private static let expected: [String: Message] = [
        "pemerintah": Message(
            "the government, e.g. Kabupaten Pesisir Selatan",
            id: "nama pemerintah daerah, mis. Kabupaten Pesisir Selatan"),
        "instansi": Message(
            "the agency's name, e.g. Dinas Pendidikan dan Kebudayaan",
            id: "nama instansi, mis. Dinas Pendidikan dan Kebudayaan"),
        "tahun": Message("the fiscal year, e.g. 2024", id: "tahun anggaran, mis. 2024"),
        "periode": Message("TW1, TW2, TW3, TW4 or TAHUNAN", id: "TW1, TW2, TW3, TW4, atau TAHUNAN"),
        "tempat": Message(
            "the place on the signature line, e.g. Painan", id: "tempat pada baris tanda tangan, mis. Painan"),
        "tanggal": Message("the signature date, e.g. 2024-10-15", id: "tanggal tanda tangan, mis. 2024-10-15"),
        "nama": Message("the signatory's name with degrees", id: "nama penanda tangan beserta gelarnya"),
        "jabatan": Message(
            "the signatory's position, e.g. Kepala Dinas Pendidikan dan Kebudayaan",
            id: "jabatan penanda tangan, mis. Kepala Dinas Pendidikan dan Kebudayaan"),
    ]
}
