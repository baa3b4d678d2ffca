import Foundation

// Writes the Swift source that makes the kinerja binary self-contained and name its build exactly
// (issue 19): the default templates, label files and bundled SOPs as bytes, and the build's identity:
// a SHA-256 over every file the binary is made from (sources, templates, SOPs, Package.swift and the
// resolved dependency versions, and docs/), the git commit when the checkout has one, and each dependency's version.
// Run by Plugins/EmbedPlugin at build time; never by hand.
//
//     kinerja-embed PACKAGE_ROOT OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: kinerja-embed PACKAGE_ROOT OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])

/// Every regular file under `folder`, as paths relative to it, sorted (so the output never depends on the
/// order a file system lists them in).
func files(under folder: String, suffixes: [String]) -> [String] {
    let base = root.appendingPathComponent(folder)
    guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
    var found: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory),
            !isDirectory.boolValue, suffixes.contains(where: path.hasSuffix)
        else { continue }
        found.append(path)
    }
    return found.sorted()
}

func read(_ path: String) -> Data {
    (try? Data(contentsOf: root.appendingPathComponent(path))) ?? Data()
}

// MARK: - SHA-256 (FIPS 180-4), so this tool needs no dependency of its own

func sha256(_ message: Data) -> String {
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    var bytes = [UInt8](message)
    let bitLength = UInt64(bytes.count) * 8
    bytes.append(0x80)
    while bytes.count % 64 != 56 { bytes.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
        bytes.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    var w = [UInt32](repeating: 0, count: 64)
    for chunk in stride(from: 0, to: bytes.count, by: 64) {
        for i in 0..<16 {
            w[i] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[chunk + i * 4 + $1]) }
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for i in 0..<64 {
            let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ v }
    }
    return h.map { value in
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }.joined()
}

// MARK: - What the binary is made from

let templates = files(under: "Templates", suffixes: [".mustache", ".yaml"])
let sops = files(under: "SOP", suffixes: [".yaml"])
let docs = files(under: "docs", suffixes: [".md"])
let sources = [
    "Sources/KinerjaKit", "Sources/KinerjaSynthetic", "Sources/kinerja", "Sources/CCmark", "Sources/CQRencode",
].flatMap { folder in
    files(under: folder, suffixes: [".swift", ".h", ".modulemap"]).map { folder + "/" + $0 }
}
let resolved = read("Package.resolved")

/// `identity` → `version` (or the revision when a dependency is pinned to one) from Package.resolved.
func dependencies() -> [(String, String)] {
    guard let json = try? JSONSerialization.jsonObject(with: resolved) as? [String: Any],
        let pins = json["pins"] as? [[String: Any]]
    else { return [] }
    return pins.compactMap { pin -> (String, String)? in
        guard let identity = pin["identity"] as? String, let state = pin["state"] as? [String: Any] else { return nil }
        return (identity, (state["version"] as? String) ?? (state["revision"] as? String) ?? "?")
    }.sorted { $0.0 < $1.0 }
}

/// The commit HEAD names, read from .git without running git; nil outside a checkout.
func commit() -> String? {
    var git = root.appendingPathComponent(".git")
    if let pointer = try? String(contentsOf: git, encoding: .utf8), pointer.hasPrefix("gitdir:") {
        git = URL(
            fileURLWithPath: pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines),
            relativeTo: root)
    }
    guard
        let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    else { return nil }
    guard head.hasPrefix("ref: ") else { return head.count == 40 ? head : nil }
    let ref = String(head.dropFirst(5))
    // A worktree keeps HEAD in its own folder and the refs in the common one.
    let common =
        (try? String(contentsOf: git.appendingPathComponent("commondir"), encoding: .utf8))
        .map { URL(fileURLWithPath: $0.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: git) } ?? git
    for folder in [git, common] {
        if let id = try? String(contentsOf: folder.appendingPathComponent(ref), encoding: .utf8) {
            return id.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let packed = try? String(contentsOf: folder.appendingPathComponent("packed-refs"), encoding: .utf8),
            let line = packed.split(separator: "\n").first(where: { $0.hasSuffix(" " + ref) })
        {
            return String(line.prefix(40))
        }
    }
    return nil
}

var hashed = Data()
let everyFile =
    ["Package.swift"] + sources + templates.map { "Templates/" + $0 } + sops.map { "SOP/" + $0 }
    + docs.map { "docs/" + $0 }
for path in everyFile {
    let bytes = read(path)
    hashed += Data("\(path)\u{0}\(bytes.count)\u{0}".utf8) + bytes
}
let pinned = dependencies()
hashed += Data(pinned.map { "\($0.0)=\($0.1)\n" }.joined().utf8)

func literal(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
func entries(_ folder: String, _ names: [String]) -> String {
    names.map { "        \(literal($0)): \(literal(read(folder + "/" + $0).base64EncodedString())),\n" }.joined()
}

var swift = """
    // Generated at build time by kinerja-embed (Plugins/EmbedPlugin) from Templates/, SOP/ and the sources.
    // Do not edit: it is rewritten whenever one of those files changes.

    enum BuildInfo {
        /// SHA-256 over Package.swift, every source file, template, SOP and document, and the resolved dependencies.
        static let sourcesSHA256 = \(literal(sha256(hashed)))
        /// The git commit of the checkout the binary was built from; nil when it was not built from one.
        static let commit: String? = \(commit().map(literal) ?? "nil")
        /// The Swift dependencies' resolved versions, by package identity.
        static let dependencies: [String: String] = [\(pinned.isEmpty ? ":" : "\n" + pinned.map { "        \(literal($0.0)): \(literal($0.1)),\n" }.joined() + "    ")]
    }

    enum EmbeddedFiles {
        /// The default templates and label files, by path under Templates/, base64.
        static let templates: [String: String] = [
    \(entries("Templates", templates))    ]
        /// The bundled SOPs, by file name under SOP/, base64.
        static let sops: [String: String] = [
    \(entries("SOP", sops))    ]
        /// The documents (the rules, the planner's guide), by file name under docs/, base64.
        static let docs: [String: String] = [
    \(entries("docs", docs))    ]
    }

    """
if (try? String(contentsOf: output, encoding: .utf8)) != swift {
    do { try swift.write(to: output, atomically: true, encoding: .utf8) } catch {
        FileHandle.standardError.write(Data("kinerja-embed: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
