import Foundation

/// Why a capaian is what it is (docs/aturan-capaian.md, "Edge cases and every status"). Shown in capaian.csv and the reports.
public enum CapaianStatus: String, Sendable, CaseIterable {
    case ok
    case belumAdaData = "belum-ada-data"  // no realisasi for the period
    case tanpaTarget = "tanpa-target"  // no target set
    case targetNol = "target-nol"  // target 0
    case takTerhingga = "tak-terhingga"  // negatif rasio with R = 0
    case dibatasiNol = "dibatasi-nol"  // a selisih result below 0, floored
    /// The report's quarter has no value but earlier quarters do: the capaian is computed by the rule of
    /// `agregasi` from the quarters reported (docs/aturan-capaian.md), and flagged (`UnreportedQuarter`). Takes the
    /// place of `ok` only: a status that explains the capaian cell itself (target-nol, …) keeps its place.
    case belumLaporPeriode = "belum-lapor-periode"
}

/// Which formula of docs/aturan-capaian.md produced a value; every report explains each rule it used.
public enum AchievementRule: String, Sendable, CaseIterable {
    case positif = "positif"
    case negatifSelisih = "negatif, selisih"
    case negatifRasio = "negatif, rasio"
    case positifBand = "positif, target rentang"
    case negatifBand = "negatif, target rentang"
    case rentang = "rentang"
}

/// The achievement of one value against one target.
public struct Achievement: Sendable, Equatable {
    /// Percent, unrounded; nil when there is none (the status says why).
    public let value: Decimal?
    public let status: CapaianStatus
    public let rule: AchievementRule
}
