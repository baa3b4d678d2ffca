import Foundation
import Mustache

/// The loaders a stranger's bytes reach, one entry each, for the mutational fuzzer (`kinerja fuzz`,
/// `make fuzz`): each takes any bytes and must return, never trap, hang or take the memory.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case csv, xlsx, profile, sop, template

    /// Feeds `data` to the loader; whatever it logs is discarded.
    public func run(_ data: Data) {
        var log = DiagnosticLog()
        switch self {
        case .csv:
            for (_, schema) in TableSchema.all { _ = CSVSource(data: data, file: "t.csv", schema: schema, log: &log) }
        case .xlsx:
            guard let book = try? Workbook(data: data) else { return }
            for sheet in book.sheets {
                guard let rows = try? book.rows(of: sheet) else { continue }
                for (_, schema) in TableSchema.all {
                    _ = SheetTable.table(rows, schema: schema, date1904: book.date1904, file: "w", log: &log)
                }
            }
        case .profile:
            _ = ProfileLoader.load(data, file: "profil.yaml", sopLibrary: SOPLibrary(), log: &log)
        case .sop:
            _ = SOPLoader.load(data, file: "sop.yaml", log: &log)
        case .template:
            let text = String(decoding: data, as: UTF8.self)
            _ = TemplateSet.contentTypes
            TemplateStructure.check([("t", "t.mustache", text)], log: &log)
            guard !log.hasErrors else { return }
            // The compiled parser kinerja renders with, then swift-mustache's, which it falls back to.
            var parser = CompiledParser(text)
            _ = try? parser.parse()
            _ = try? MustacheTemplate(string: text)
        }
    }
}

/// A small mutational fuzzer over a seed corpus (no coverage guidance): flips, inserts, deletes,
/// duplicates and splices bytes, deterministically from a seed, and runs the target on each result.
public struct Fuzzer {
    public let target: FuzzTarget
    public let corpus: [Data]
    private var random: SeededGenerator

    public init(target: FuzzTarget, corpus: [Data], seed: UInt64) {
        (self.target, self.corpus, random) = (target, corpus.isEmpty ? [Data()] : corpus, SeededGenerator(seed: seed))
    }

    /// One mutated input, from one or two corpus entries.
    public mutating func next() -> Data {
        var bytes = [UInt8](corpus[Int(random.next() % UInt64(corpus.count))])
        let tokens: [[UInt8]] = [
            "&a", "*a", "{{>", "{{#", "}}", "<row r=\"999999999\">", "<!DOCTYPE", "\u{1B}", ";;;;", "\"", "\n", "%",
            "PK\u{05}\u{06}", "0xFFFFFFFF", "99999-01-01", "1e400",
        ].map { Array($0.utf8) }
        for _ in 0...(random.next() % 4) {
            let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            switch random.next() % 6 {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << (random.next() % 8))
            case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 16) + 1))
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int(random.next() % 64) + 1)
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case 4: bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: at)
            default:
                let other = [UInt8](corpus[Int(random.next() % UInt64(corpus.count))])
                if !other.isEmpty {
                    let from = Int(random.next() % UInt64(other.count))
                    bytes = Array(bytes[..<at]) + other[from...]
                }
            }
        }
        return Data(bytes.prefix(1 << 20))
    }
}
