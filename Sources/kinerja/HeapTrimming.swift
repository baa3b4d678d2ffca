#if canImport(Glibc)
    import Glibc
#endif

/// glibc's malloc gives the free memory at the top of a heap back to the system as soon as 128 KB of it lie
/// free (`M_TRIM_THRESHOLD`): each renderer thread's arena shrank after an agency (madvise) and faulted the
/// same pages in again, zeroed, for the next one. The province (500 agencies) took 44 000 minor page faults;
/// keeping up to 8 MB free at a heap's top, 9 000, its peak memory the same (about 50 MB; BENCHMARKS.md,
/// eleventh round).
///
/// Example: an arena whose top 6 MB fall free after an agency keeps them mapped (6 MB < 8 MB) and hands them
/// to the next agency's allocations without a fault; one whose top 20 MB fall free gives them back.
enum HeapTrimming {
    /// The free bytes a heap's top may keep before malloc returns them to the system.
    static let threshold: Int32 = 8 << 20

    /// Sets the threshold once, first thing in `main`, before any renderer thread makes its arena; true when
    /// malloc took it.
    @discardableResult
    static func apply() -> Bool {
        #if canImport(Glibc)
            // mallopt(3) through dlsym: the Glibc module does not import <malloc.h>.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            return unsafeBitCast(symbol, to: Mallopt.self)(trimThreshold, threshold) == 1
        #else
            return false
        #endif
    }

    /// `M_TRIM_THRESHOLD` of <malloc.h>.
    static let trimThreshold: Int32 = -1
}
