import Foundation

/// One row of siklus.csv: what was actually done for one step of the SOP (docs/siklus.md).
public struct CycleRecord: Sendable {
    public let step: Int
    public let start: Moment
    /// nil while the step is still running.
    public let finish: Moment?
    /// Who actually did it, as written (a name or a role).
    public let executor: String?
    public let output: String?
    public let note: String?
    /// Line in siklus.csv.
    public let line: Int
}
