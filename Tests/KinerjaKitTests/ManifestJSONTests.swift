import Foundation
import Testing

@testable import KinerjaKit

/// manifest.json written directly (`PrettyJSON`) is what Foundation's `JSONEncoder` writes, byte for byte.
struct ManifestJSONTests {
    @Test func manifestsAreWrittenAsJSONEncoderWritesThem() {
        let pieces = [
            "Dinas", " ", "é", "😀", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{1F}", "\u{7F}",
            "\u{85}", "\u{2028}", "\u{FEFF}", "1", "–", "{}", "[]", ":", ",",
        ]
        var random = SeededGenerator(seed: 49)
        func text(_ longest: Int = 4) -> String {
            (0..<Int.random(in: 0...longest, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
        }
        func entries() -> [Manifest.Entry] {
            (0..<Int.random(in: 0...3, using: &random)).map { _ in
                Manifest.Entry(path: text(), sha256: text(1), size: Int.random(in: 0...1_000_000, using: &random))
            }
        }
        func choose() -> Bool { Bool.random(using: &random) }
        for _ in 0..<400 {
            let signer = Manifest.Signer(
                Official(name: text(), position: text(), rank: nil, nip: choose() ? text() : nil, acting: choose()))
            let build =
                choose()
                ? BuildIdentity(
                    commit: choose() ? text(1) : nil, sources: text(1), cmark: "0.30.2",
                    dependencies: choose() ? [:] : ["swift-mustache": "2.1.1", "yams": text(1), "swift-asn1": "1"])
                : nil
            let manifest = Manifest(
                tool: "kinerja", version: text(1), build: build, agency: text(), period: text(1), signer: signer,
                options: choose() ? [:] : ["csv-dialect": text(1), "pdf": text()], inputs: entries(),
                templates: entries(), outputs: entries(), examples: choose() ? nil : (0..<2).map { _ in text() })
            #expect(manifest.encoded() == manifest.encodedByFoundation(), "\(manifest)")
        }
    }
}
