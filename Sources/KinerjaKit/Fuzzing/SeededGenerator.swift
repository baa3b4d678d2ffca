/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator whose whole sequence follows from
/// its seed, so a synthetic workspace is the same on every machine and run.
///
///     var g = SeededGenerator(seed: 1); g.next() → 0x910a2dec89025cc1
package struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
