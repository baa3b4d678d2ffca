import Foundation

/// Computes a `PerformanceReport` from a loaded workspace: docs/aturan-capaian.md applied to every indicator,
/// the budget, and the monitoring cycle measured against its SOP (docs/siklus.md, `CycleCompliance`).
public struct CapaianEngine {
    let workspace: Workspace
    let period: ReportPeriod
    /// How indikator.csv is named in diagnostics: as the loader recorded it (`workspace.tables`), its sheet
    /// when it is a workbook's.
    let indicatorFile: String
    let indicatorAddressing: Diagnostic.Addressing
    /// Values by indicator and period.
    private let values: [String: [ValuePeriod: Realisasi]]

    /// - Parameter period: the period reported; the profile's (after `--period`) unless given.
    public init(workspace: Workspace, period: ReportPeriod? = nil) {
        self.workspace = workspace
        self.period = period ?? workspace.profile.period
        self.indicatorFile = workspace.tables[.indikator]?.file ?? "indikator.csv"
        self.indicatorAddressing = workspace.tables[.indikator]?.addressing ?? .lineColumn
        self.values = Self.values(of: workspace.realisasi)
    }

    /// The rows by kode and period, a later row of the same kode and period in place of an earlier one. A kode's
    /// rows, which follow each other in a table, are put together first and then under their kode: hashing the kode
    /// of every row, and growing its periods one at a time, was most of starting the engine (issue 22).
    static func values(of rows: [Realisasi]) -> [String: [ValuePeriod: Realisasi]] {
        var values: [String: [ValuePeriod: Realisasi]] = [:]
        var start = rows.startIndex
        while start < rows.endIndex {
            let kode = rows[start].kode
            var end = start + 1
            while end < rows.endIndex, rows[end].kode == kode { end += 1 }
            var periods: [ValuePeriod: Realisasi] = [:]
            periods.reserveCapacity(end - start)
            for row in rows[start..<end] { periods[row.period] = row }
            if values[kode] == nil {
                values[kode] = periods
            } else {
                values[kode]!.merge(periods) { _, later in later }
            }
            start = end
        }
        return values
    }

    private var year: Int { workspace.profile.year }

    /// `realisasi.csv`, or `the sheet realisasi` when it is a workbook's.
    private var realisasiName: TableName {
        TableLocation.named("realisasi", sheet: workspace.tables[.realisasi]?.addressing == .cell)
    }

    /// Where realisasi was read, for diagnostics about it as a whole.
    private var realisasiTable: TableLocation {
        workspace.tables[.realisasi] ?? TableLocation(file: "realisasi.csv", addressing: .lineColumn)
    }

    /// How many earlier years the LKjIP's trend tables and lines show at most.
    public static let historyLimit = 5

    /// The earlier years realisasi.csv reaches back to, as a contiguous range ending last year.
    var historyYears: [Int] {
        let earlier = workspace.realisasi.map { row -> Int in
            switch row.period {
            case .quarter(let y, _), .year(let y): return y
            }
        }.filter { $0 < year }
        guard let first = earlier.min() else { return [] }
        return Array(max(first, year - Self.historyLimit)..<year)
    }

    /// Computes every figure. Warnings about figures left empty on purpose go to `log`.
    public func compute(log: inout DiagnosticLog) -> PerformanceReport {
        let profile = workspace.profile
        let years = historyYears
        let results = workspace.indicators.map { result(for: $0, historyYears: years, log: &log) }
        let budget = workspace.budget.map { $0.map(budgetResult(for:)) }
        let cap = profile.averageCap

        let budgetLines = budget ?? []
        let groups = SasaranGroups(results: results, budget: budgetLines)
        let sasaran = groups.statements.indices.map { offset in
            let members = groups.members[offset].map { results[$0] }
            let average = Averages.mean(members.filter(\.indicator.isKey).map(\.capaian.value), cap: cap)
            let lines = groups.lines[offset].map { budgetLines[$0] }
            let absorption = BudgetFormula.absorption(of: lines)
            return SasaranResult(
                number: offset + 1, statement: groups.statements[offset], indicators: members,
                average: average, category: average.map(profile.scale.band(for:)),
                budgetAbsorption: absorption,
                efficiency: BudgetFormula.efficiency(capaian: average, absorption: absorption))
        }

        let keys = results.filter(\.indicator.isKey)
        let average = Averages.mean(keys.map(\.capaian.value), cap: cap)
        // A rule "occurs" where a formula was applied: not on rows without a target or without data.
        let used = Set(
            results.filter { ![.tanpaTarget, .belumAdaData].contains($0.capaian.status) }.map(\.capaian.rule))
        var report = PerformanceReport(
            profile: profile, period: period, indicators: results, sasaran: sasaran,
            average: average, category: average.map(profile.scale.band(for:)), keyIndicators: keys,
            budget: budget, budgetAbsorption: budget.flatMap(BudgetFormula.absorption(of:)), historyYears: years,
            rulesUsed: AchievementRule.allCases.filter(used.contains))
        report.cycle = cycle
        return report
    }

    /// The monitoring cycle measured against its SOP, as of the report's date; nil without siklus.csv.
    var cycle: CycleCompliance? {
        guard let sop = workspace.sop, let records = workspace.cycle else { return nil }
        return CycleCompliance(
            sop: sop, records: records, calendar: WorkingCalendar(holidays: workspace.profile.holidays),
            asOf: workspace.profile.date)
    }

    // MARK: - One indicator

    func result(for indicator: Indicator, historyYears: [Int] = [], log: inout DiagnosticLog) -> IndicatorResult {
        let n = period.quarterCount
        let rows = values[indicator.kode] ?? [:]
        let quarters: [Decimal?] = (1...4).map { q in q <= n ? rows[.quarter(year: year, q)]?.value ?? nil : nil }
        let yearValue: Decimal? = rows[.year(year)]?.value ?? nil
        let realisasi = realisasiToDate(indicator, quarters: quarters, annual: yearValue)
        let formula = indicator.negativeFormula ?? workspace.profile.negativeFormula
        func achievement(_ value: Decimal?, _ target: Target?) -> Achievement {
            AchievementFormula.achievement(
                realisasi: value, target: target, polarity: indicator.polarity,
                negativeFormula: formula)
        }
        let unreported = UnreportedQuarter.find(
            quarters: quarters, period: period,
            hasYearValue: yearValue != nil)
        if let unreported {
            let quarters = indicator.aggregation == .terakhir ? [unreported.used.last!] : unreported.used
            let used = quarters.map { "TW\($0)" }.joined(separator: ", ")
            log.warning(
                realisasiTable.file,
                Message(
                    "\(indicator.kode) has no value for TW\(unreported.quarter) of \(year): its realisasi is computed from \(used) and the reports mark it as not reported (belum-lapor-periode)",
                    id:
                        "\(indicator.kode) belum punya nilai TW\(unreported.quarter) \(year): realisasinya dihitung dari \(used) dan laporan menandainya belum dilaporkan (belum-lapor-periode)"
                ))
        }
        if let skipped = SkippedQuarters.find(
            quarters: quarters, period: period, aggregation: indicator.aggregation, hasYearValue: yearValue != nil)
        {
            let gaps = skipped.skipped.map { "TW\($0)" }.joined(separator: ", ")
            let used = skipped.used.map { "TW\($0)" }.joined(separator: ", ")
            let through = skipped.used.last.map { "TW\($0)" } ?? ""
            let rule = indicator.aggregation.rawValue
            log.warning(
                realisasiTable.file,
                Message(
                    "\(indicator.kode) has no value for \(gaps) of \(year) while \(through) has one: its realisasi s.d. (\(rule)) combines \(used) alone; fill \(gaps) if \(skipped.skipped.count == 1 ? "it has a value" : "they have values")",
                    id:
                        "\(indicator.kode) belum punya nilai \(gaps) \(year) padahal \(through) sudah: realisasi s.d.-nya (\(rule)) hanya menggabungkan \(used); isi \(gaps) bila nilainya ada"
                ))
        }
        var capaian = achievement(realisasi, indicator.target)
        if unreported != nil, capaian.status == .ok {
            capaian = Achievement(value: capaian.value, status: .belumLaporPeriode, rule: capaian.rule)
        }
        let periodTarget = self.periodTarget(indicator, log: &log)
        let periodRow: Realisasi? = {
            if case .quarter(let q) = period { return rows[.quarter(year: year, q)] }
            return rows[.year(year)] ?? rows[.quarter(year: year, 4)]
        }()
        return IndicatorResult(
            indicator: indicator,
            quarterValues: quarters,
            periodValue: { if case .quarter(let q) = period { quarters[q - 1] } else { nil } }(),
            realisasi: realisasi,
            capaian: capaian,
            unreported: unreported,
            category: capaian.value.map(workspace.profile.scale.band(for:)),
            periodTarget: periodTarget,
            periodCapaian: periodTarget.map { achievement(realisasi, $0) },
            renstraCapaian: renstraCapaian(
                indicator, rows: rows, realisasi: realisasi, achievement: achievement, log: &log),
            lastYearValue: Self.annualValue(rows, indicator.aggregation, year: year - 1),
            history: historyYears.map { Self.annualValue(rows, indicator.aggregation, year: $0) },
            note: periodRow?.note, evidence: periodRow?.evidence)
    }

    /// realisasi s.d. TWn; for TAHUNAN the whole-year value takes precedence over the quarters.
    private func realisasiToDate(_ indicator: Indicator, quarters: [Decimal?], annual: Decimal?) -> Decimal? {
        if period == .annual, let annual { return annual }
        return indicator.aggregation.combine(quarters.compactMap { $0 })
    }

    /// target_periode: for `jumlah` the sum of target_tw1…twn (all of them needed), otherwise target_twn.
    private func periodTarget(_ indicator: Indicator, log: inout DiagnosticLog) -> Target? {
        let n = period.quarterCount
        let given = indicator.quarterTargets.prefix(n)
        guard given.contains(where: { $0 != nil }) else { return nil }
        guard indicator.aggregation == .jumlah else { return indicator.quarterTargets[n - 1] }
        let present = given.compactMap { $0 }
        guard present.count == n else {
            let missing = given.indices.filter { given[$0] == nil }.map { "target_tw\($0 + 1)" }
            log.warning(
                indicatorFile, line: indicator.line, addressing: indicatorAddressing,
                Message(
                    "target_periode of \(indicator.kode) is left empty: it is a `jumlah` indicator and \(missing.joined(separator: ", ")) is empty; fill every quarter up to the period",
                    id:
                        "target_periode \(indicator.kode) dibiarkan kosong: indikator ini ber-agregasi `jumlah` dan \(missing.joined(separator: ", ")) kosong; isi setiap triwulan sampai periode ini"
                ))
            return nil
        }
        guard let sum = Target.sum(present) else {
            log.warning(
                indicatorFile, line: indicator.line, addressing: indicatorAddressing,
                Message(
                    "target_periode of \(indicator.kode) is left empty: its quarterly targets mix bands and single values",
                    id:
                        "target_periode \(indicator.kode) dibiarkan kosong: target triwulanannya mencampur rentang dan nilai tunggal; pakai salah satu saja"
                ))
            return nil
        }
        return sum
    }

    /// The annual realisasi of an earlier year: its whole-year row, else its quarters when they
    /// cover the year (TW4 for `terakhir`, all four quarters for `jumlah` and `rata-rata`).
    func annualValue(_ indicator: Indicator, year y: Int) -> Decimal? {
        Self.annualValue(values[indicator.kode] ?? [:], indicator.aggregation, year: y)
    }

    /// `annualValue` from the indicator's rows, looked up once for all its years (issue 22).
    private static func annualValue(
        _ rows: [ValuePeriod: Realisasi], _ aggregation: Aggregation, year y: Int
    ) -> Decimal? {
        if let whole = rows[.year(y)]?.value { return whole }
        switch aggregation {
        case .terakhir: return rows[.quarter(year: y, 4)]?.value ?? nil
        case .jumlah, .rataRata:
            let present = (1...4).compactMap { rows[.quarter(year: y, $0)]?.value ?? nil }
            return present.count == 4 ? aggregation.combine(present) : nil
        }
    }

    /// capaian_renstra: for `jumlah` the sum of every Renstra year's annual realisasi up to this one
    /// against target_renstra; otherwise this year's realisasi against it.
    private func renstraCapaian(
        _ indicator: Indicator, rows: [ValuePeriod: Realisasi], realisasi: Decimal?,
        achievement: (Decimal?, Target?) -> Achievement,
        log: inout DiagnosticLog
    ) -> Achievement? {
        guard let target = indicator.renstraTarget else { return nil }
        guard indicator.aggregation == .jumlah else { return achievement(realisasi, target) }
        guard let renstra = workspace.profile.renstra, renstra.contains(year) else {
            log.warning(
                indicatorFile, line: indicator.line, addressing: indicatorAddressing,
                Message(
                    "capaian_renstra of \(indicator.kode) is left empty: a `jumlah` indicator needs the Renstra years, and profil.yaml gives no `renstra` that contains \(year)",
                    id:
                        "capaian_renstra \(indicator.kode) dibiarkan kosong: indikator ber-agregasi `jumlah` memerlukan tahun-tahun Renstra, dan profil.yaml tidak memuat `renstra` yang mencakup \(year)"
                ))
            return nil
        }
        let earlier = renstra.lowerBound..<year
        let missing = earlier.filter { Self.annualValue(rows, indicator.aggregation, year: $0) == nil }
        guard missing.isEmpty else {
            log.warning(
                indicatorFile, line: indicator.line, addressing: indicatorAddressing,
                Message(
                    "capaian_renstra of \(indicator.kode) is left empty: \(realisasiName.en) has no annual value for \(missing.map(String.init).joined(separator: ", ")) (add a row per year, e.g. periode `\(missing[0])`)",
                    id:
                        "capaian_renstra \(indicator.kode) dibiarkan kosong: \(realisasiName.id) tidak memuat nilai tahunan untuk \(missing.map(String.init).joined(separator: ", ")) (tambahkan satu baris per tahun, mis. periode `\(missing[0])`)"
                ))
            return nil
        }
        guard let realisasi else { return achievement(nil, target) }
        let total = earlier.compactMap { Self.annualValue(rows, indicator.aggregation, year: $0) }
            .reduce(realisasi, DecimalArithmetic.sum)
        return achievement(total, target)
    }

    // MARK: - Budget

    private func budgetResult(for line: BudgetLine) -> BudgetLineResult {
        let n = period.quarterCount
        let quarters = (0..<4).map { $0 < n ? line.spending[$0] : nil }
        let present = quarters.compactMap { $0 }
        let spent = present.isEmpty ? nil : DecimalArithmetic.total(present)
        return BudgetLineResult(
            line: line, quarterSpending: quarters, spent: spent,
            absorption: BudgetFormula.absorption(spent: spent, ceiling: line.ceiling))
    }
}
