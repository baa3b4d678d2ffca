import Foundation
import Yams

/// Reads a `sop.yaml` (docs/siklus.md), with a diagnostic at the line and column of every problem.
enum SOPLoader {
    static let knownKeys: Set<String> = [
        "nama", "nomor", "pemerintah", "instansi", "dibuat", "direvisi", "disahkan", "berlaku", "disahkan_oleh",
        "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "peringatan", "pencatatan",
        "pelaksana", "langkah",
    ]
    static let stepKeys: Set<String> = ["no", "uraian", "pelaksana", "kelengkapan", "waktu", "output"]

    static func load(_ data: Data, file: String, log: inout DiagnosticLog) -> SOP? {
        guard
            let mapping = YAMLDocument.mapping(
                data, file: file,
                what: Message(
                    "the SOP (see `kinerja panduan`, sop.yaml)", id: "SOP (lihat `kinerja panduan`, sop.yaml)"),
                log: &log)
        else { return nil }
        let reader = YAMLFields(file: file, mapping: mapping, path: "")
        reader.warnUnknown(knownKeys, log: &log)

        let name = reader.string(
            "nama", required: true,
            expected: Message("the SOP's title, e.g. Pemantauan Kinerja", id: "judul SOP, mis. Pemantauan Kinerja"),
            log: &log)
        let roles = reader.list("pelaksana", log: &log)
        if reader.node("pelaksana") == nil {
            reader.missing(
                "pelaksana",
                Message(
                    "the roles in the order of the SOP's columns, e.g. [Sekretaris, Kepala Bidang, Kepala Dinas]",
                    id: "para pelaksana menurut urutan kolom SOP, mis. [Sekretaris, Kepala Bidang, Kepala Dinas]"),
                log: &log)
        } else if roles.isEmpty {
            reader.error(
                "pelaksana",
                Message(
                    "pelaksana is empty; list the roles in the order of the SOP's columns",
                    id: "pelaksana kosong; tuliskan para pelaksana menurut urutan kolom SOP"), log: &log)
        }
        var seenRoles: Set<String> = []
        for role in roles where !seenRoles.insert(SOP.normalize(role)).inserted {
            reader.error(
                "pelaksana",
                Message(
                    "pelaksana lists \"\(role)\" twice; each role is one column",
                    id: "pelaksana menyebut \"\(role)\" dua kali; setiap pelaksana adalah satu kolom"), log: &log)
        }
        let steps = self.steps(reader, roles: roles, log: &log)

        guard let name, !roles.isEmpty, !steps.isEmpty else { return nil }
        var sop = SOP(name: name, roles: roles, steps: steps, source: file)
        sop.number = reader.string("nomor", log: &log)
        sop.government = reader.string("pemerintah", log: &log)
        sop.agency = reader.string("instansi", log: &log)
        sop.created = reader.date("dibuat", log: &log)
        sop.revised = reader.date("direvisi", log: &log)
        sop.approved = reader.date("disahkan", log: &log) ?? reader.date("berlaku", log: &log)
        sop.approvedBy = reader.string("disahkan_oleh", log: &log)
        sop.legalBasis = reader.list("dasar_hukum", log: &log)
        sop.qualifications = reader.list("kualifikasi_pelaksana", log: &log)
        sop.related = reader.list("keterkaitan", log: &log)
        sop.equipment = reader.list("peralatan", log: &log)
        sop.warnings = reader.list("peringatan", log: &log)
        sop.recording = reader.list("pencatatan", log: &log)
        return sop
    }

    static let mostSteps = 200

    private static func steps(_ reader: YAMLFields, roles: [String], log: inout DiagnosticLog) -> [SOP.Step] {
        guard let node = reader.node("langkah") else {
            reader.missing(
                "langkah",
                Message(
                    "the SOP's steps, each with no, uraian, pelaksana, kelengkapan, waktu and output",
                    id:
                        "langkah-langkah SOP, masing-masing dengan no, uraian, pelaksana, kelengkapan, waktu, dan output"
                ), log: &log)
            return []
        }
        guard let items = node.sequence, !items.isEmpty else {
            reader.error(
                "langkah",
                Message(
                    "langkah should be a list of steps, each starting with `- no: 1`",
                    id: "langkah harus berupa daftar langkah, masing-masing diawali `- no: 1`"), log: &log)
            return []
        }
        // A monitoring SOP has 10 to 30 steps; the cycle's checks compare steps with each other.
        guard items.count <= mostSteps else {
            reader.error(
                "langkah",
                Message(
                    "langkah has \(items.count) steps, more than the \(mostSteps) kinerja reads (a monitoring SOP has 10 to 30): check the file",
                    id:
                        "langkah memuat \(items.count) langkah, lebih dari \(mostSteps) yang dibaca kinerja (SOP pemantauan berisi 10 sampai 30 langkah): periksa berkasnya"
                ), log: &log)
            return []
        }
        var steps: [SOP.Step] = []
        var firstMark: [Int: Int] = [:]
        for item in items {
            guard let mapping = item.mapping else {
                log.error(
                    reader.file, line: item.mark?.line, column: item.mark?.column,
                    Message(
                        "each step of langkah should hold no, uraian, pelaksana, kelengkapan, waktu and output on indented lines",
                        id:
                            "setiap langkah harus memuat no, uraian, pelaksana, kelengkapan, waktu, dan output pada baris-baris yang menjorok"
                    ))
                continue
            }
            let fields = YAMLFields(file: reader.file, mapping: mapping, path: "langkah.")
            fields.warnUnknown(stepKeys, log: &log)
            let numberText = fields.string(
                "no", required: true, expected: Message("the step's number, e.g. 3", id: "nomor langkah, mis. 3"),
                log: &log)
            let number = numberText.flatMap { text -> Int? in
                guard let n = Int(text), n > 0 else {
                    fields.error(
                        "no",
                        Message(
                            "langkah.no \"\(text)\" is not a step number; expected a whole number such as 3",
                            id: "langkah.no \"\(text)\" bukan nomor langkah; isi dengan bilangan bulat seperti 3"),
                        log: &log)
                    return nil
                }
                return n
            }
            var duplicate = false
            if let number {
                if let first = firstMark[number] {
                    fields.error(
                        "no",
                        Message(
                            "step \(number) appears twice (first on line \(first)); number each step once",
                            id:
                                "langkah \(number) muncul dua kali (pertama di baris \(first)); beri setiap langkah nomor sendiri"
                        ), log: &log)
                    duplicate = true
                } else {
                    firstMark[number] = fields.node("no")?.mark?.line ?? 0
                }
            }
            let description = fields.string(
                "uraian", required: true,
                expected: Message(
                    "the step's description, as in the SOP's Uraian Prosedur column",
                    id: "uraian langkah, seperti di kolom Uraian Prosedur SOP"), log: &log)
            let executorText = fields.string(
                "pelaksana", required: true,
                expected: Message(
                    "the role that carries out the step, one of the SOP's `pelaksana`",
                    id: "pelaksana langkah ini, salah satu dari `pelaksana` SOP"), log: &log)
            var executor: String?
            if let executorText {
                executor = SOP.role(named: executorText, in: roles)
                if executor == nil, !roles.isEmpty {
                    fields.error(
                        "pelaksana",
                        Message(
                            "langkah.pelaksana \"\(executorText)\" is not one of the SOP's roles (\(roles.joined(separator: ", "))); write it as in the `pelaksana` list at the top",
                            id:
                                "langkah.pelaksana \"\(executorText)\" bukan salah satu pelaksana SOP (\(roles.joined(separator: ", "))); tulis seperti di daftar `pelaksana` di atas"
                        ), log: &log)
                }
            }
            let waktuText = fields.string("waktu", log: &log)
            let standard = waktuText.flatMap { text -> StandardTime? in
                guard let time = StandardTime(text) else {
                    fields.error(
                        "waktu",
                        Message(
                            "langkah.waktu \"\(text)\" is not a standard time; expected a whole number and a unit: menit, jam, hari or minggu (or minutes, hours, days, weeks), e.g. 15 menit, 2 jam, 3 hari",
                            id:
                                "langkah.waktu \"\(text)\" bukan waktu baku; tulis bilangan bulat dan satuannya: menit, jam, hari, atau minggu, mis. 15 menit, 2 jam, 3 hari"
                        ), log: &log)
                    return nil
                }
                guard time.isPlausible else {
                    fields.error(
                        "waktu",
                        Message(
                            "langkah.waktu \"\(text)\" is longer than a year; a step of the monitoring SOP takes minutes to weeks (at most 525600 menit, 8760 jam, 260 hari or 52 minggu): check the number",
                            id:
                                "langkah.waktu \"\(text)\" lebih dari setahun; langkah SOP pemantauan memakan waktu menit hingga minggu (paling banyak 525600 menit, 8760 jam, 260 hari, atau 52 minggu): periksa angkanya"
                        ), log: &log)
                    return nil
                }
                return time
            }
            guard !duplicate, let number, let description, let executor, waktuText == nil || standard != nil else {
                continue
            }
            steps.append(
                SOP.Step(
                    number: number, description: description, executor: executor,
                    requirements: fields.string("kelengkapan", log: &log), standard: standard,
                    output: fields.string("output", log: &log)))
        }
        return steps
    }
}
