import Testing

@testable import kinerja

/// `main` keeps up to 8 MB free at a heap's top (BENCHMARKS.md, eleventh round): malloc must take the setting.
struct HeapTrimmingTests {
    @Test func mallocTakesTheTrimThreshold() {
        #if canImport(Glibc)
            #expect(HeapTrimming.apply())
        #endif
    }
}
