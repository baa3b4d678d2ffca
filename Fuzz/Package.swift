// swift-tools-version:6.0
// The coverage-guided fuzzers (libFuzzer) of kinerja's loaders, a package of their own so that the main
// build never sees a target without `main`. Built by `make libfuzz` with `-sanitize=fuzzer,address`;
// FUZZING.md says how to run them and what they found.
import PackageDescription

let package = Package(
    name: "kinerja-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "kinerja", path: "..")],
    targets: [
        .executableTarget(
            name: "kinerja-libfuzzer",
            dependencies: [.product(name: "KinerjaKit", package: "kinerja")]
        )
    ]
)
