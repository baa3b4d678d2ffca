import Foundation
import KinerjaKit

// libFuzzer's driver, called from our own main: SwiftPM gives an executable target its own entry point,
// so the fuzzer's `main` cannot be used; LLVMFuzzerRunDriver takes the same arguments (-runs, -seed,
// -max_total_time, -rss_limit_mb, -timeout, corpus folders).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The loader this run fuzzes, from `KINERJA_FUZZ_TARGET` (csv, xlsx, profile, sop, template): one binary
/// serves every loader, as `kinerja fuzz` does.
let name = ProcessInfo.processInfo.environment["KINERJA_FUZZ_TARGET"] ?? ""
guard let chosen = FuzzTarget(rawValue: name) else {
    FileHandle.standardError.write(
        Data("set KINERJA_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8)
    )
    exit(2)
}
let target = chosen

var argc = CommandLine.argc
var argv = Optional(CommandLine.unsafeArgv)
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in
        // One input to the loader, which must return: never trap, hang or take the memory.
        target.run(bytes.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    })
