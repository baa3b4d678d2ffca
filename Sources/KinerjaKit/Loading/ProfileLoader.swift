import Foundation
import Yams

/// Reads profil.yaml, with a diagnostic at the line and column of every problem.
enum ProfileLoader {
    static let knownKeys: Set<String> = [
        "pemerintah", "instansi", "singkatan", "alamat", "tahun", "periode", "renstra", "tempat", "tanggal",
        "nomor", "kepala", "penyusun", "rumus_negatif", "skala", "bahasa", "libur", "batas_rata_rata",
        "sop", "buku_kerja",
    ]

    static func load(_ data: Data, file: String, log: inout DiagnosticLog) -> Profile? {
        let text = TextDecoding.decode(data).text
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error(file, line: 1, column: 1, "profil.yaml is empty; expected the agency's profile (see docs/format.md)")
                return nil
            }
            root = node
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            log.error(file, line: mark?.line, column: mark?.column, "this is not valid YAML: \(problem)")
            return nil
        } catch {
            log.error(file, "this is not valid YAML: \(error)")
            return nil
        }
        guard let mapping = root.mapping else {
            log.error(file, line: root.mark?.line, column: root.mark?.column, "expected `key: value` lines (a YAML mapping) at the top level")
            return nil
        }
        let reader = YAMLFields(file: file, mapping: mapping, path: "")
        for (key, _) in mapping {
            guard let name = key.string, !knownKeys.contains(name) else { continue }
            log.warning(file, line: key.mark?.line, column: key.mark?.column, "unknown field \"\(name)\" is ignored")
        }

        let government = reader.string("pemerintah", required: true, log: &log)
        let agency = reader.string("instansi", required: true, log: &log)
        let year = reader.year("tahun", log: &log)
        let periodText = reader.string("periode", required: true, log: &log)
        let period = periodText.flatMap { text in
            ReportPeriod(text) ?? {
                reader.error("periode", "periode \"\(text)\" is not a report period; expected TW1, TW2, TW3, TW4 or TAHUNAN", log: &log)
                return nil
            }()
        }
        let renstra = reader.yearRange("renstra", log: &log)
        let place = reader.string("tempat", required: true, log: &log)
        let date = reader.date("tanggal", required: true, log: &log)
        let head = reader.official("kepala", required: true, log: &log)
        let preparer = reader.official("penyusun", required: false, log: &log)
        let formula = reader.choice("rumus_negatif", NegativeFormula.allCases.map { ($0.rawValue, $0) }, log: &log)
        let language = reader.choice("bahasa", [("id", Language.id), ("en", .en)], log: &log)
        let scale = ScaleReader.scale(reader, log: &log)
        let holidays = reader.dates("libur", log: &log)
        let cap = reader.decimal("batas_rata_rata", log: &log)

        guard let government, let agency, let year, let period, let place, let date, let head else { return nil }
        return Profile(
            government: government, agency: agency, shortName: reader.string("singkatan", log: &log),
            address: reader.string("alamat", log: &log), year: year, period: period, renstra: renstra,
            place: place, date: date, documentNumber: reader.string("nomor", log: &log), head: head,
            preparer: preparer, negativeFormula: formula ?? .selisih, scale: scale ?? .permendagri86,
            language: language ?? .id, holidays: holidays, averageCap: cap)
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (mark, problem)
        default:
            return (nil, "\(error)")
        }
    }
}
