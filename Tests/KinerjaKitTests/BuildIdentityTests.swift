import Crypto
import Foundation
import Testing

@testable import KinerjaKit

/// The binary names the code it was built from, and carries its own templates and SOPs (issue 19).
struct BuildIdentityTests {
    /// Every regular file under `folder` of the checkout, relative and sorted, as kinerja-embed lists them.
    func files(_ folder: String, _ suffixes: [String]) -> [String] {
        let base = Paths.root.appendingPathComponent(folder)
        let found = (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String]) ?? []
        return found.filter { path in
            var directory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: base.appendingPathComponent(path).path, isDirectory: &directory)
                && !directory.boolValue && suffixes.contains(where: path.hasSuffix)
        }.sorted()
    }

    /// Recomputed here with swift-crypto over the checkout as it is now: the identity the build
    /// embedded is the one of these very files (and kinerja-embed's own SHA-256 is right).
    @Test func theBuildIdentityIsTheChecksOfItsSources() throws {
        var hashed = Data()
        let sources = [
            "Sources/KinerjaKit", "Sources/KinerjaSynthetic", "Sources/kinerja", "Sources/CCmark", "Sources/CQRencode",
        ].flatMap { folder in
            files(folder, [".swift", ".h", ".modulemap"]).map { folder + "/" + $0 }
        }
        let all =
            ["Package.swift"] + sources + files("Templates", [".mustache", ".yaml"]).map { "Templates/" + $0 }
            + files("SOP", [".yaml"]).map { "SOP/" + $0 } + files("docs", [".md"]).map { "docs/" + $0 }
        for path in all {
            let bytes = try Data(contentsOf: Paths.root.appendingPathComponent(path))
            hashed += Data("\(path)\u{0}\(bytes.count)\u{0}".utf8) + bytes
        }
        hashed += Data(
            BuildInfo.dependencies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)\n" }.joined().utf8)
        let expected = SHA256.hash(data: hashed).map { String(format: "%02x", $0) }.joined()
        #expect(KinerjaVersion.build.sources == expected)
        #expect(KinerjaVersion.build.dependencies["swift-mustache"] != nil)
        #expect(KinerjaVersion.build.cmark.hasPrefix("0."))
        #expect(KinerjaVersion.line.hasPrefix("kinerja \(KinerjaVersion.current) (build \(expected.prefix(12))"))
    }

    @Test func theTemplatesAndSOPsTravelInTheBinary() throws {
        let templates = files("Templates", [".mustache", ".yaml"])
        #expect(EmbeddedFiles.templates.keys.sorted() == templates)
        for name in templates {
            #expect(
                EmbeddedFiles.templates[name].flatMap { Data(base64Encoded: $0) }
                    == (try Data(contentsOf: Paths.templates.appendingPathComponent(name))), "\(name)")
        }
        let sops = files("SOP", [".yaml"])
        #expect(!sops.isEmpty && EmbeddedFiles.sops.keys.sorted() == sops)
    }

    @Test func theVersionIsSemantic() {
        let parts = KinerjaVersion.current.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}
