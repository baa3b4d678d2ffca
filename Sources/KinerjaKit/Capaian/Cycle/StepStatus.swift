/// The status of one SOP step in a cycle (docs/siklus.md, sections 4 to 6).
public enum StepStatus: String, Sendable, CaseIterable {
    /// Finished at or before the deadline.
    case tepatWaktu = "tepat-waktu"
    /// Finished after the deadline.
    case terlambat
    /// Started, not finished, deadline not passed at the report's `tanggal`.
    case berjalan
    /// Not finished and the deadline passed at the report's `tanggal`.
    case melewatiBatas = "melewati-batas"
    /// No record for the step.
    case tidakDilaksanakan = "tidak-dilaksanakan"
}

/// Something about a record that departs from the SOP; reported, never an error (docs/siklus.md).
public enum CycleFinding: Sendable, Equatable {
    /// The record names another role of the SOP than the step's.
    case otherExecutor(actual: String, expected: String)
    /// A record for a step number the SOP does not have.
    case unknownStep
    /// Started before the previous step of the SOP finished (or while it was still running).
    case startedBeforePrevious(Int)
    /// The SOP gives this step no standard time, so it has no deadline.
    case noStandard
}
