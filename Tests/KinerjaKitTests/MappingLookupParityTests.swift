import Foundation
import Testing
import Yams

@testable import KinerjaKit

/// `Node.Mapping[text:]`, which walks the mapping by index (issue 22), finds the value `first(where:)` finds:
/// the first pair whose key is a scalar of that text, with repeated keys, keys that are lists or mappings, quoted,
/// tagged and empty keys, and keys that are equal only as Characters; and so does `YAMLFields.node`.
struct MappingLookupParityTests {
    @Test func findsWhatFirstWhereFinds() throws {
        var random = SeededGenerator(seed: 49)
        let keys = [
            "nama", "tahun", "kepala", "\"nama\"", "'tahun'", "!!str nama", "\"\"", "[a, b]", "{x: 1}", "? [c]",
            "\"e\\u0301\"", "é", "~", "null", "1", "\"1\"", "a b", "kepala.nama",
        ]
        let values = ["x", "1", "~", "[1, 2]", "{a: b}", "\"\"", "Dinas", "2025"]
        let asked = [
            "nama", "tahun", "kepala", "", "[a, b]", "é", "e\u{301}", "~", "null", "1", "a b", "kepala.nama", "x", "c",
        ]
        var found = 0
        for round in 0..<400 {
            let lines = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                "\(keys.randomElement(using: &random)!): \(values.randomElement(using: &random)!)"
            }
            // Yams refuses some repeated keys; those documents are not mappings to look in.
            guard let node = try? Yams.compose(yaml: lines.joined(separator: "\n"), YAMLDocument.resolver),
                let mapping = node.mapping
            else { continue }
            for key in asked {
                let expected = mapping.first { $0.key.scalar?.string == key }?.value
                let value = mapping[text: key]
                #expect(value == expected, "round \(round), \(key)")
                #expect(
                    value?.mark?.line == expected?.mark?.line && value?.mark?.column == expected?.mark?.column,
                    "round \(round), \(key)")
                // `YAMLFields`, which looks its fields up in a dictionary made once, finds the same node.
                let field = YAMLFields(file: "profil.yaml", mapping: mapping, path: "").node(key)
                #expect(field == expected, "round \(round), \(key)")
                #expect(
                    field?.mark?.line == expected?.mark?.line && field?.mark?.column == expected?.mark?.column,
                    "round \(round), \(key)")
                if value != nil { found += 1 }
            }
        }
        #expect(found > 200)
    }
}
