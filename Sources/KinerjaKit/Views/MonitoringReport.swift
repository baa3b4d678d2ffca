import Foundation

/// The template context of the quarterly monitoring report, `laporan-pemantauan.md` / `.html`
/// (docs/laporan.md, "Laporan pemantauan kinerja"): header, ringkasan, the capaian table by sasaran,
/// perhatian, anggaran, the planners' analysis, pelaksanaan pemantauan (CycleSection), signature and
/// footnotes. docs/templates.md lists
/// every name. Sections are built in the order the default templates print them, so footnotes are
/// numbered in reading order.
enum MonitoringReport {
    /// narasi/ files of the analysis section, after the Permendagri 86/2017 evaluation form's footer rows.
    static let analysisFiles = [("pendorong", "faktor-pendorong.md"), ("penghambat", "faktor-penghambat.md"),
                                ("tindak_lanjut", "tindak-lanjut.md")]

    static func context(_ report: PerformanceReport, labels: [String: String], narrative: [String: String]) -> [String: Any] {
        var c = ReportContext(report: report, labels: labels, narrative: narrative,
                              narrativeFolder: NarrativeFolders.monitoring(report.period))
        var context = c.documentNames
        context["ringkasan"] = summary(report, &c)
        let hasPeriodTargets = report.indicators.contains { $0.periodTarget != nil }
        context["ada_target_periode"] = hasPeriodTargets
        // Column counts for the footer rows of the HTML tables (colspan).
        let quarters = report.period.quarterCount
        context["jumlah_triwulan"] = "\(quarters)"
        context["kolom_sebelum_capaian"] = "\(5 + quarters)"
        context["kolom_sesudah_kategori"] = "\(hasPeriodTargets ? 3 : 1)"
        context["sasaran"] = report.sasaran.map { sasaran -> [String: Any] in
            [
                "nomor": "\(sasaran.number)", "pernyataan": sasaran.statement,
                "indikator": sasaran.indicators.map { row($0, hasPeriodTargets: hasPeriodTargets, &c) },
                "rata_rata": c.percent(sasaran.average, absentBecause: "rata_rata_kosong"),
                "rata_rata_nilai": sasaran.average?.plainString ?? "",
                "kategori": c.category(sasaran.category),
                "narasi": c.narrativeSection("sasaran/\(sasaran.number).md"),
            ]
        }
        context["grafik"] = chart(report, c)
        context["perhatian"] = attention(report, &c)
        context["anggaran"] = budget(report, &c)
        var analysis: [String: Any] = [:]
        for (key, file) in analysisFiles { analysis[key] = c.narrativeSection(file) }
        context["analisis"] = analysis
        context["pelaksanaan"] = CycleSection.context(report.cycle, c)
        context.merge(c.footnoteNames) { _, new in new }
        return context
    }

    // MARK: - Ringkasan

    static func summary(_ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        let missing = report.keyIndicatorsWithoutCapaian
        // IKU whose figure is an earlier quarter's: the report's quarter is not reported (UnreportedQuarter).
        let unreported = report.keyIndicators.filter { $0.unreported != nil }
        return [
            "jumlah_indikator": "\(report.indicators.count)", "jumlah_iku": "\(report.keyIndicators.count)",
            "rata_rata": c.percent(report.average, absentBecause: "rata_rata_kosong"),
            "rata_rata_nilai": report.average?.plainString ?? "",
            "kategori": c.category(report.category),
            "per_kategori": report.categoryCounts.map { ["kategori": c.category($0.band), "jumlah": "\($0.count)"] },
            "jumlah_tanpa_capaian": "\(missing.count)", "ada_tanpa_capaian": !missing.isEmpty,
            "belum_lapor": unreported.map { ["kode": $0.indicator.kode, "indikator": $0.indicator.name] },
            "jumlah_belum_lapor": "\(unreported.count)", "ada_belum_lapor": !unreported.isEmpty,
            "belum_lapor_kode": unreported.map(\.indicator.kode).joined(separator: ", "),
            "tanpa_capaian": missing.map { ["kode": $0.indicator.kode, "indikator": $0.indicator.name,
                                            "alasan": c.label(ReportContext.key("alasan_", $0.capaian.status))] },
            "ada_anggaran": report.budget != nil,
            "serapan": report.budget == nil ? "" : c.percent(report.budgetAbsorption, absentBecause: "serapan_kosong"),
            "batas_rata_rata": report.profile.averageCap.map { c.format.number($0) + "%" } ?? "",
            "ada_batas_rata_rata": report.profile.averageCap != nil,
            "siklus": report.cycle.map { cycle -> [String: Any] in
                ["ada": true, "ada_catatan": cycle.hasRecords, "tepat_waktu": "\(cycle.onTimeCount)", "jumlah": "\(cycle.steps.count)",
                 "persen": c.format.percent(cycle.onTimeShare)]
            } ?? ["ada": false],
        ]
    }

    // MARK: - Tabel capaian

    static func row(_ result: IndicatorResult, hasPeriodTargets: Bool, _ c: inout ReportContext) -> [String: Any] {
        let indicator = result.indicator
        let quarters = result.quarterValues.prefix(c.report.period.quarterCount)
            .map { value -> [String: Any] in
                ["teks": value.map(c.format.number) ?? c.absent("tw_kosong"),
                 "nilai": value?.plainString ?? ""]
            }
        var row: [String: Any] = [
            "kode": indicator.kode, "indikator": indicator.name, "satuan": indicator.unit, "iku": indicator.isKey,
            "polaritas": indicator.polarity.rawValue,
            "target": indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target"),
            "realisasi_tw": quarters,
            "realisasi": c.realisasi(result),
            "realisasi_nilai": result.realisasi?.plainString ?? "",
            "capaian": c.capaian(result.capaian),
            "capaian_nilai": result.capaian.value?.plainString ?? "",
            "kategori": c.category(result.category),
            "status": result.capaian.status.rawValue, "rumus": result.capaian.rule.rawValue,
            "catatan": result.note ?? "", "ada_catatan": result.note != nil,
            "bukti": result.evidence ?? "", "ada_bukti": result.evidence != nil,
            "narasi": c.narrativeSection("sasaran/\(indicator.kode).md"),
        ]
        if hasPeriodTargets {
            row["target_periode"] = result.periodTarget.map(c.format.target)
                ?? c.absent("target_periode_kosong")
            row["capaian_periode"] = result.periodCapaian.map { c.capaian($0) }
                ?? c.absent("target_periode_kosong")
        } else {
            row["target_periode"] = ""
            row["capaian_periode"] = ""
        }
        return row
    }

    /// One bar per indicator in table order; an indicator without a capaian keeps its row, with `–` and
    /// the reason, so the chart and the table list the same indicators.
    static func chart(_ report: PerformanceReport, _ c: ReportContext) -> [String: Any] {
        let bars = report.indicators.map { result -> BarChart.Bar in
            guard let value = result.capaian.value, let band = result.category else {
                let reason = c.label(ReportContext.key("alasan_", result.capaian.status))
                return BarChart.Bar(kode: result.indicator.kode, value: nil, valueText: "\(DisplayFormat.absent) \(reason)",
                                    category: "", colourStep: 0)
            }
            return BarChart.Bar(kode: result.indicator.kode, value: value, valueText: c.format.percent(value),
                                category: c.format.label(band), colourStep: report.profile.scale.colourStep(band))
        }
        return BarChart(bars: bars, scale: report.profile.scale).context
    }

    // MARK: - Perhatian

    /// Indicators that need the leadership's attention (docs/laporan.md): below the scale's middle band,
    /// behind their quarterly target, without the report quarter's value (`UnreportedQuarter`), or
    /// without data; each says whether a catatan explains it.
    static func attention(_ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        let scale = report.profile.scale
        var rows: [[String: Any]] = []
        for result in report.indicators {
            var reasons: [String] = []
            if let band = result.category, scale.isBelowMiddle(band) {
                reasons.append("\(c.label("perhatian_di_bawah")) \(c.format.label(scale.middleBand))")
            }
            if let period = result.periodCapaian?.value, period.roundedForDisplay() < 100 {
                reasons.append("\(c.label("perhatian_tertinggal")) (\(c.format.percent(period)))")
            }
            if let unreported = result.unreported {
                reasons.append(c.fill("perhatian_belum_lapor", ["periode": c.format.quarterShort(unreported.quarter)]))
            }
            if result.capaian.status == .belumAdaData { reasons.append(c.label("perhatian_belum_ada_data")) }
            guard !reasons.isEmpty else { continue }
            rows.append([
                "kode": result.indicator.kode, "indikator": result.indicator.name,
                "capaian": c.capaian(result.capaian), "kategori": c.category(result.category),
                "alasan": reasons.joined(separator: "; "),
                "catatan": result.note ?? "", "ada_catatan": result.note != nil,
            ])
        }
        let unexplained = rows.filter { $0["ada_catatan"] as? Bool == false }.count
        return ["baris": rows, "ada": !rows.isEmpty, "jumlah": "\(rows.count)",
                "jumlah_tanpa_catatan": "\(unexplained)", "ada_tanpa_catatan": unexplained > 0,
                "batas": c.format.label(scale.middleBand)]
    }

    // MARK: - Anggaran

    static func budget(_ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        guard let lines = report.budget else { return ["ada": false] }
        let n = report.period.quarterCount
        let rows: [[String: Any]] = lines.map { result in
            let nested = lines.contains { result.line.isNested(under: $0.line) }
            return [
                "kode": result.line.kode, "uraian": result.line.name, "turunan": nested,
                "pagu": c.format.amount(result.line.ceiling), "pagu_nilai": result.line.ceiling.plainString,
                "realisasi_tw": result.quarterSpending.prefix(n).map { value -> [String: Any] in
                    ["teks": value.map(c.format.amount) ?? c.absent("anggaran_tw_kosong")]
                },
                "realisasi": result.spent.map(c.format.amount) ?? c.absent("anggaran_tw_kosong"),
                "serapan": c.percent(result.absorption, absentBecause: "serapan_kosong"),
            ]
        }
        let counted = BudgetFormula.counted(lines)
        let ceiling = counted.reduce(Decimal(0)) { $0 + $1.line.ceiling }
        let spent = counted.compactMap(\.spent).reduce(Decimal(0), +)
        let efficiency: [[String: Any]] = report.sasaran.map { sasaran in
            [
                "nomor": "\(sasaran.number)", "pernyataan": sasaran.statement,
                "capaian": c.percent(sasaran.average, absentBecause: "rata_rata_kosong"),
                "serapan": c.percent(sasaran.budgetAbsorption, absentBecause: "serapan_sasaran_kosong"),
                "efisiensi": sasaran.efficiency.map(c.format.signedPoints)
                    ?? c.absent("efisiensi_kosong"),
            ]
        }
        return [
            "ada": true, "baris": rows,
            "jumlah": ["pagu": c.format.amount(ceiling), "realisasi": c.format.amount(spent),
                       "serapan": c.percent(report.budgetAbsorption, absentBecause: "serapan_kosong"),
                       "pagu_rp": c.format.money(ceiling), "realisasi_rp": c.format.money(spent)],
            "efisiensi": efficiency,
        ]
    }
}
