// swift-tools-version:6.0
import PackageDescription

/// A generic type the code names (`[ValuePeriod: Realisasi]`, `Set<UInt8>`) gets its metadata from a direct call
/// with its conformances, not by demangling its name, which looks each conformance up in a scan of the binary's
/// 6 700 conformance records at first use (BENCHMARKS.md, seventh round). Release builds only.
let startupSettings: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

/// The release executable linked by lld with its 95 000 relative relocations packed (DT_RELR, glibc 2.36):
/// the dynamic loader reads a few kilobytes instead of a 2,2 MB table at every start.
let startupLinking: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
        .when(platforms: [.linux], configuration: .release))
]

let package = Package(
    name: "kinerja",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kinerja", targets: ["kinerja"]),
        .library(name: "KinerjaKit", targets: ["KinerjaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.2.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev), found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libqrencode from the system (Debian: libqrencode-dev), for the ringkasan's QR code (Rendering/PDF/QRCode.swift).
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Writes the default templates, label files and bundled SOPs, and the build identity, into
        // KinerjaKit at build time (the binary is self-contained and names its exact build).
        .executableTarget(name: "kinerja-embed", path: "Sources/kinerja-embed"),
        .plugin(name: "EmbedPlugin", capability: .buildTool(), dependencies: ["kinerja-embed"]),
        .target(
            name: "KinerjaKit",
            dependencies: [
                "CCmark",
                "CQRencode",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                // Workbooks (.xlsx): the archive, and the XML parts read into a tree (FoundationXML underneath).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ],
            swiftSettings: startupSettings,
            plugins: ["EmbedPlugin"]
        ),
        // `kinerja sintetis`: realistic invented workspaces for the benchmark and the many-agency tests.
        .target(name: "KinerjaSynthetic", dependencies: ["KinerjaKit"]),
        .executableTarget(
            name: "kinerja",
            dependencies: [
                "KinerjaKit",
                "KinerjaSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startupSettings,
            linkerSettings: startupLinking
        ),
        .testTarget(
            name: "KinerjaKitTests",
            dependencies: [
                "KinerjaKit", "KinerjaSynthetic", "kinerja", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
