import Foundation

/// Reads indikator.csv into indicators, with a diagnostic at the cell for every problem.
enum IndicatorLoader {
    static let polarities = Dictionary(
        uniqueKeysWithValues:
            Polarity.allCases.map { ($0.rawValue, $0) } + [
                ("positive", .positif), ("negative", .negatif), ("range", .rentang),
            ])
    static let aggregations = Dictionary(
        uniqueKeysWithValues:
            Aggregation.allCases.map { ($0.rawValue, $0) }
            + [
                ("rata_rata", .rataRata), ("ratarata", .rataRata), ("sum", .jumlah), ("latest", .terakhir),
                ("last", .terakhir), ("average", .rataRata), ("mean", .rataRata),
            ])
    static let levels = Dictionary(
        uniqueKeysWithValues:
            Level.allCases.map { ($0.rawValue, $0) } + [("sub kegiatan", .subkegiatan), ("sub-kegiatan", .subkegiatan)])
    static let formulas = Dictionary(uniqueKeysWithValues: NegativeFormula.allCases.map { ($0.rawValue, $0) })
    static let yesNo: [String: Bool] = [
        "ya": true, "y": true, "yes": true, "true": true, "1": true,
        "tidak": false, "t": false, "no": false, "n": false, "false": false, "0": false,
    ]

    /// The quarters' target columns, and with the year's and the Renstra's first, every target column: named once,
    /// not made for every row (issue 22).
    static let quarterColumns = ["target_tw1", "target_tw2", "target_tw3", "target_tw4"]
    static let targetColumns = ["target", "target_renstra"] + quarterColumns

    static func load(_ source: CSVSource, log: inout DiagnosticLog) -> [Indicator] {
        var indicators: [Indicator] = []
        var firstLine: [String: Int] = [:]
        // Whether a satuan is a percent, told once for each satuan (a table has a handful), not for every row.
        var percents: [String: Bool] = [:]
        func isPercent(_ unit: String) -> Bool {
            if let known = percents[unit] { return known }
            let percent = SatuanKind(unit) == .percent
            percents[unit] = percent
            return percent
        }
        for record in source.table.records {
            let row = RowReader(source: source, record: record)
            let kode = row.required(
                "kode", Message("the indicator's code, e.g. IKU-01", id: "kode indikator, mis. IKU-01"), log: &log)
            let level = row.choice("tingkat", levels, shown: Level.allCases.map(\.rawValue), required: true, log: &log)
            let sasaran = row.required(
                "sasaran",
                Message("the sasaran (objective) this indicator measures", id: "sasaran yang diukur indikator ini"),
                log: &log)
            let name = row.required("indikator", Message("the indicator's name", id: "nama indikator"), log: &log)
            let unit = row.required(
                "satuan",
                Message(
                    "the unit as printed, e.g. %, orang, dokumen",
                    id: "satuan seperti yang dicetak, mis. %, orang, dokumen"), log: &log)
            let polarity = row.choice(
                "polaritas", polarities, shown: Polarity.allCases.map(\.rawValue), required: true, log: &log)
            let aggregation = row.choice(
                "agregasi", aggregations, shown: Aggregation.allCases.map(\.rawValue), log: &log)
            let target = row.target("target", log: &log)
            let quarterTargets = quarterColumns.map { row.target($0, log: &log) }
            let renstraTarget = row.target("target_renstra", log: &log)
            let baseline = row.number("baseline", log: &log)
            let isKey = row.choice("iku", yesNo, shown: ["ya", "tidak"], log: &log)
            let formula = row.choice(
                "rumus_negatif", formulas, shown: NegativeFormula.allCases.map(\.rawValue), log: &log)

            if let kode {
                if let first = firstLine[kode] {
                    row.error(
                        "kode",
                        Message(
                            "duplicate kode \"\(kode)\": line \(first) already defines it; each indicator needs its own code",
                            id:
                                "kode \"\(kode)\" ganda: baris \(first) sudah memakainya; setiap indikator perlu kode sendiri"
                        ), log: &log)
                    continue
                }
                firstLine[kode] = record.line
            }
            if row.text("target") == nil, let kode {
                row.warning(
                    "target",
                    Message(
                        "\(kode) has no target yet: it is reported with status tanpa-target and no capaian",
                        id:
                            "\(kode) belum punya target: dilaporkan dengan status tanpa-target dan tanpa capaian; isi kolom target"
                    ), log: &log)
            }
            // A positif year target of 0 leaves R / T without a value: the report lists the indicator without
            // capaian (target-nol) and outside the average, which a planner who typed 0 for "not set" would not
            // see. A quarter's target of 0 is a plan (nothing due in TW1 of a `jumlah`), so it is not said.
            if polarity == .positif, let kode, case .value(let value)? = target, value.isZero {
                row.warning(
                    "target",
                    Message(
                        "target of \(kode) is 0 with polaritas positif: capaian (R / T) cannot be computed, so it is reported with status target-nol, without capaian and outside the average; check the target (leave it empty if it is not set)",
                        id:
                            "target \(kode) bernilai 0 dengan polaritas positif: capaian (R / T) tidak dapat dihitung, jadi dilaporkan dengan status target-nol, tanpa capaian dan di luar rata-rata; periksa targetnya (kosongkan bila belum ditetapkan)"
                    ), log: &log)
            }
            if polarity == .rentang {
                for (column, value) in zip(targetColumns, [target, renstraTarget] + quarterTargets) {
                    if case .value? = value {
                        row.error(
                            column,
                            Message(
                                "\(column) \"\(row.text(column) ?? "")\" is a single value, but polaritas rentang needs a band; write it as low-high, e.g. 95-105",
                                id:
                                    "\(column) \"\(row.text(column) ?? "")\" hanya satu nilai, padahal polaritas rentang memerlukan rentang; tulis bawah-atas, mis. 95-105"
                            ), log: &log)
                    }
                }
            }
            if aggregation == .jumlah, let kode { checkQuarterSum(kode, target, quarterTargets, row: row, log: &log) }
            if let kode, let unit, isPercent(unit) {
                checkFractions(
                    kode,
                    zip(targetColumns, [target, renstraTarget] + quarterTargets).map { (column: $0, target: $1) },
                    row: row,
                    log: &log)
            }
            guard let kode, let level, let sasaran, let name, let unit, let polarity else { continue }
            indicators.append(
                Indicator(
                    kode: kode, level: level, sasaran: sasaran, name: name, unit: unit, polarity: polarity,
                    aggregation: aggregation ?? .terakhir, target: target, quarterTargets: quarterTargets,
                    baseline: baseline, renstraTarget: renstraTarget, isKey: isKey ?? level.isKeyByDefault,
                    parent: row.text("induk"), responsibleUnit: row.text("penanggung_jawab"),
                    negativeFormula: formula, nationalStandard: row.text("standar_nasional"),
                    definition: row.text("definisi"), line: record.line))
        }
        SasaranSpelling.unify(&indicators, source: source, log: &log)
        return indicators
    }

    /// The quarters of a `jumlah` indicator are each quarter's own amount and add up to the annual
    /// target. Quarters entered cumulatively (100, 200, 300, 400 for an annual 400: the last quarter
    /// equals the year and the sum exceeds it) would double the quarterly capaian's base: an error. Four
    /// quarters that add up to something else are a warning (the plan may have changed).
    ///
    /// A percent target typed as a fraction in a plain cell (0,65 for 65 %), told by the row's other targets:
    /// a target of at most 1 % beside one of 10 % or more cannot both be meant (a percent cell whose format was
    /// lost in a paste). Beside another of the year's targets it is an error; beside the Renstra's only, a warning.
    ///
    /// Example: target 0,65, target_tw3 62 → an error at target: type 65 or format the cell as a percent.
    static func checkFractions(
        _ kode: String, _ targets: [(column: String, target: Target?)], row: RowReader,
        log: inout DiagnosticLog
    ) {
        // Only a target in (0, 1] is said: without one (nearly every row) nothing is to be worked out (issue 22).
        func isFraction(_ value: Decimal) -> Bool { DecimalOrder.less(0, value) && !DecimalOrder.less(1, value) }
        guard targets.contains(where: { $0.target.map { isFraction($0.bounds.lower) } ?? false }) else { return }
        let values = targets.compactMap { entry in entry.target.map { (entry.column, $0.bounds.lower) } }
        // Compared by DecimalOrder, as `<` compares (issue 22: Foundation's comparison was most of this check).
        guard let largest = values.map(\.1).max(by: DecimalOrder.less), !DecimalOrder.less(largest, 10) else { return }
        let style = NumberStyle.indonesian
        // The year's own targets (annual and quarterly) cannot be 1 % and 10 % at once: an error, so no report is
        // signed with capaian of thousands of percent. Beside the Renstra's only (its horizon is years), a warning.
        let year = values.filter { $0.0 != "target_renstra" }
        let yearLargest = year.map(\.1).max(by: DecimalOrder.less) ?? 0
        for (column, value) in values where isFraction(value) {
            let conflicting = column != "target_renstra" && !DecimalOrder.less(yearLargest, 10)
            let message = Message(
                "\(column) \(NumberStyle.english.unrounded(value)) of \(kode) is read as \(NumberStyle.english.unrounded(value)) %, beside its other targets of up to \(NumberStyle.english.unrounded(largest)) %; if it is a fraction, type \(NumberStyle.english.unrounded(value * 100)) or format the cell as a percent",
                id:
                    "\(column) \(style.unrounded(value)) untuk \(kode) dibaca \(style.unrounded(value)) %, padahal target lainnya sampai \(style.unrounded(largest)) %; jika itu pecahan, ketik \(style.unrounded(value * 100)) atau format selnya sebagai persen"
            )
            if conflicting { row.error(column, message, log: &log) } else { row.warning(column, message, log: &log) }
        }
    }

    /// Example: target 400, target_tw1…4 = 100, 200, 300, 400 → sum 1000, tw4 = 400: an error at target_tw4.
    static func checkQuarterSum(
        _ kode: String, _ target: Target?, _ quarters: [Target?], row: RowReader,
        log: inout DiagnosticLog
    ) {
        guard case .value(let annual)? = target else { return }
        let values = quarters.map { quarter -> Decimal? in
            if case .value(let v)? = quarter { return v }
            return nil
        }
        let given = values.compactMap { $0 }
        guard given.count > 1 else { return }
        // Foundation's `+`, `==` and `<` as DecimalArithmetic and DecimalOrder give them, without Foundation (issue 22).
        let sum = DecimalArithmetic.total(given)
        let style = NumberStyle.indonesian
        if let last = values[3], DecimalOrder.equal(last, annual), DecimalOrder.less(annual, sum) {
            row.error(
                "target_tw4",
                Message(
                    "the quarterly targets of \(kode) look cumulative: target_tw4 equals the annual target \(NumberStyle.english.unrounded(annual)) and the quarters add up to \(NumberStyle.english.unrounded(sum)); for agregasi jumlah each quarter holds that quarter's own amount and the four add up to the annual target",
                    id:
                        "target triwulan \(kode) tampaknya kumulatif: target_tw4 sama dengan target tahunan \(style.unrounded(annual)) dan jumlah keempat triwulan \(style.unrounded(sum)); untuk agregasi jumlah setiap triwulan berisi jumlah triwulan itu saja dan keempatnya berjumlah sama dengan target tahunan"
                ), log: &log)
        } else if given.count == 4, !DecimalOrder.equal(sum, annual) {
            row.warning(
                "target_tw4",
                Message(
                    "the quarterly targets of \(kode) add up to \(NumberStyle.english.unrounded(sum)), not to the annual target \(NumberStyle.english.unrounded(annual)); for agregasi jumlah the four quarters add up to the annual target",
                    id:
                        "target triwulan \(kode) berjumlah \(style.unrounded(sum)), tidak sama dengan target tahunan \(style.unrounded(annual)); untuk agregasi jumlah keempat triwulan berjumlah sama dengan target tahunan"
                ), log: &log)
        }
    }

    /// Every `induk` must name an indicator, and following `induk` must never come back to where it started.
    static func checkParents(_ indicators: [Indicator], source: CSVSource, log: inout DiagnosticLog) {
        let byKode = Dictionary(indicators.map { ($0.kode, $0) }, uniquingKeysWith: { a, _ in a })
        let records = Dictionary(source.table.records.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var reported = Set<String>()
        for indicator in indicators {
            guard let parent = indicator.parent else { continue }
            let column = records[indicator.line].flatMap { source.cell("induk", in: $0) }?.column
            guard byKode[parent] != nil else {
                source.error(
                    line: indicator.line, column: column,
                    Message(
                        "induk \"\(parent)\" of \(indicator.kode) is not a kode in \(source.name(of: "indikator").en); expected the code of the indicator this one supports",
                        id:
                            "induk \"\(parent)\" dari \(indicator.kode) bukan kode di \(source.name(of: "indikator").id); isi dengan kode indikator yang didukung indikator ini"
                    ), log: &log)
                continue
            }
            var chain = [indicator.kode]
            var current = parent
            while let next = byKode[current] {
                if current == indicator.kode {
                    let loop = chain + [current]
                    if reported.insert(Set(loop).sorted().joined(separator: ",")).inserted {
                        source.error(
                            line: indicator.line, column: column,
                            Message(
                                "induk forms a loop: \(loop.joined(separator: " → ")); an indicator cannot support itself",
                                id:
                                    "induk membentuk lingkaran: \(loop.joined(separator: " → ")); indikator tidak dapat mendukung dirinya sendiri"
                            ), log: &log)
                    }
                    break
                }
                if chain.contains(current) { break }  // a loop further up, reported from its own rows
                chain.append(current)
                guard let up = next.parent else { break }
                current = up
            }
        }
    }
}
