import Foundation

/// The template context of the annual LKjIP, `lkjip.md` / `.html` (docs/laporan.md, "LKjIP"; written for
/// TW4 and TAHUNAN): the structure of PermenPANRB 53/2014 — Ikhtisar Eksekutif, Bab I Pendahuluan,
/// Bab II Perencanaan Kinerja (the Perjanjian Kinerja), Bab III Akuntabilitas Kinerja (A. per sasaran the
/// comparisons (1)–(7), B. Realisasi Anggaran), Bab IV Penutup and the indicator definitions as annex.
/// Narrative comes from narasi/; where a file is missing the section says so, it never invents text.
/// docs/templates.md lists every name. Sections are built in reading order, so footnotes number in order.
enum AnnualReport {
    static func context(_ report: PerformanceReport, labels: [String: String], narrative: [String: String]) -> [String: Any] {
        var c = ReportContext(report: report, labels: labels, narrative: narrative,
                              narrativeFolder: NarrativeFolders.annual)
        let profile = report.profile
        var context = c.documentNames
        context["ringkasan"] = MonitoringReport.summary(report, &c)
        context["ikhtisar"] = ["narasi": c.narrativeSection("ikhtisar.md")]
        context["pendahuluan"] = [
            "narasi": c.narrativeSection("pendahuluan.md"),
            "jumlah_sasaran": "\(report.sasaran.count)",
            "renstra": profile.renstra.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "",
            "ada_renstra": profile.renstra != nil,
        ]
        context["perencanaan"] = planning(report, &c)
        context["tahun_banding"] = comparedYears(report).map { ["tahun": "\($0)"] }
        context["sasaran"] = report.sasaran.map { sasaranSection($0, report, &c) }
        context["anggaran"] = MonitoringReport.budget(report, &c)
        context["penutup"] = ["narasi": c.narrativeSection("penutup.md")]
        context["lampiran"] = report.indicators.map { definition($0, c) }
        context.merge(c.footnoteNames) { _, new in new }
        return context
    }

    /// The years of the comparison tables: the earlier years, then this one.
    static func comparedYears(_ report: PerformanceReport) -> [Int] { report.historyYears + [report.profile.year] }

    // MARK: - Bab II

    /// The Perjanjian Kinerja: per sasaran its IKU with their targets; the programs (top-level budget
    /// lines) with their pagu and the "Jumlah Anggaran" line (as the Perjanjian Kinerja of a real LKjIP lists them).
    static func planning(_ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        let agreement: [[String: Any]] = report.sasaran.map { sasaran in
            [
                "nomor": "\(sasaran.number)", "pernyataan": sasaran.statement,
                "indikator": sasaran.indicators.filter(\.indicator.isKey).enumerated().map { offset, result -> [String: Any] in
                    ["kode": result.indicator.kode, "indikator": result.indicator.name, "satuan": result.indicator.unit,
                     "target": result.indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target"),
                     "pertama": offset == 0]
                },
            ]
        }
        var programs: [[String: Any]] = []
        var total = Decimal(0)
        if let lines = report.budget?.map(\.line) {
            for line in lines where !lines.contains(where: line.isNested(under:)) {
                programs.append(["kode": line.kode, "uraian": line.name, "pagu": c.format.amount(line.ceiling)])
                total += line.ceiling
            }
        }
        return [
            "narasi": c.narrativeSection("perencanaan.md"), "perjanjian": agreement,
            "program": programs, "ada_program": !programs.isEmpty,
            "jumlah_anggaran": c.format.amount(total), "jumlah_anggaran_rp": c.format.money(total),
        ]
    }

    // MARK: - Bab III A, one sasaran

    static func sasaranSection(_ sasaran: SasaranResult, _ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        let keys = sasaran.indicators.filter(\.indicator.isKey)
        let year = report.profile.year
        let measured: [[String: Any]] = keys.map { result in
            [
                "kode": result.indicator.kode, "indikator": result.indicator.name, "satuan": result.indicator.unit,
                "target": result.indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target"),
                "realisasi": c.realisasi(result),
                "capaian": c.capaian(result.capaian), "kategori": c.category(result.category),
            ]
        }
        let trend: [[String: Any]] = keys.map { trendRow($0, report, &c) }
        let renstra: [[String: Any]] = keys.map { result in
            [
                "kode": result.indicator.kode, "indikator": result.indicator.name,
                "baseline": result.indicator.baseline.map(c.format.number) ?? c.absent("baseline_kosong"),
                "target_renstra": result.indicator.renstraTarget.map(c.format.target) ?? c.absent("target_renstra_kosong"),
                "realisasi": c.realisasi(result),
                "capaian_renstra": result.renstraCapaian.map { c.capaian($0) } ?? c.absent("target_renstra_kosong"),
            ]
        }
        let national: [[String: Any]] = keys.compactMap { result in
            guard let standard = result.indicator.nationalStandard else { return nil }
            return [
                "kode": result.indicator.kode, "indikator": result.indicator.name, "standar": standard,
                "realisasi": c.realisasi(result),
                "satuan": result.indicator.unit,
            ]
        }
        let kodes = Set(sasaran.indicators.map(\.indicator.kode))
        let programs: [[String: Any]] = (report.budget ?? []).filter { $0.line.indicator.map(kodes.contains) ?? false }
            .map { line in
                [
                    "kode": line.line.kode, "uraian": line.line.name, "induk": line.line.indicator ?? "",
                    "pagu": c.format.amount(line.line.ceiling),
                    "realisasi": line.spent.map(c.format.amount) ?? c.absent("anggaran_tw_kosong"),
                    "serapan": c.percent(line.absorption, absentBecause: "serapan_kosong"),
                ]
            }
        let supporting: [[String: Any]] = sasaran.indicators.filter { !$0.indicator.isKey }.map { result in
            [
                "kode": result.indicator.kode, "indikator": result.indicator.name,
                "tingkat": result.indicator.level.rawValue, "capaian": c.capaian(result.capaian),
                "kategori": c.category(result.category),
            ]
        }
        return [
            "nomor": "\(sasaran.number)", "pernyataan": sasaran.statement,
            "rata_rata": c.percent(sasaran.average, absentBecause: "rata_rata_kosong"),
            "kategori": c.category(sasaran.category),
            "pengukuran": measured, "tren": trend,
            "renstra": renstra, "ada_renstra": keys.contains { $0.indicator.renstraTarget != nil },
            "standar_nasional": national, "ada_standar_nasional": !national.isEmpty,
            "efisiensi": [
                "ada": sasaran.budgetAbsorption != nil,
                "serapan": c.percent(sasaran.budgetAbsorption, absentBecause: "serapan_sasaran_kosong"),
                "efisiensi": sasaran.efficiency.map(c.format.signedPoints) ?? c.absent("efisiensi_kosong"),
            ],
            "program": programs, "ada_program": !programs.isEmpty,
            "pendukung": supporting, "ada_pendukung": !supporting.isEmpty,
            "narasi": c.narrativeSection("sasaran/\(sasaran.number).md"),
            "narasi_indikator": keys.map { ["kode": $0.indicator.kode, "narasi": c.narrativeSection("sasaran/\($0.indicator.kode).md")] }
                .filter { ($0["narasi"] as? [String: Any])?["ada"] as? Bool == true },
            "tahun": "\(year)",
        ]
    }

    /// Comparison (2): realisasi per year, the change against last year and its direction, and the
    /// trend line for the HTML.
    static func trendRow(_ result: IndicatorResult, _ report: PerformanceReport, _ c: inout ReportContext) -> [String: Any] {
        let years = comparedYears(report)
        let values = result.history + [result.realisasi]
        var cells: [[String: Any]] = []
        for value in result.history {
            cells.append(["teks": value.map(c.format.number) ?? c.absent("tahun_kosong")])
        }
        // This year's value carries the note of a missing report quarter, like every realisasi.
        cells.append(["teks": result.realisasi == nil ? c.absent("tahun_kosong") : c.realisasi(result)])
        var row: [String: Any] = [
            "kode": result.indicator.kode, "indikator": result.indicator.name, "satuan": result.indicator.unit,
            "nilai": cells,
        ]
        if let old = result.lastYearValue, let new = result.realisasi {
            let change = new - old
            row["perubahan"] = (change > 0 ? "+" : "") + c.format.number(change)
            let direction = TrendDirection.between(old, new, polarity: result.indicator.polarity, target: result.indicator.target)
            row["arah"] = direction.map { c.label("arah_" + $0.rawValue) } ?? c.absent("arah_tanpa_target")
            row["arah_kelas"] = direction?.rawValue ?? ""
        } else {
            row["perubahan"] = c.absent("perubahan_kosong")
            row["arah"] = DisplayFormat.absent
            row["arah_kelas"] = ""
        }
        let points = zip(years, values).map { year, value in
            TrendChart.Point(year: year, value: value, text: value.map(c.format.number) ?? "")
        }
        row["grafik"] = TrendChart(points: points, target: result.indicator.target).context
        return row
    }

    // MARK: - Lampiran

    static func definition(_ result: IndicatorResult, _ c: ReportContext) -> [String: Any] {
        let indicator = result.indicator
        return [
            "kode": indicator.kode, "indikator": indicator.name, "satuan": indicator.unit,
            "tingkat": indicator.level.rawValue, "iku": indicator.isKey,
            "polaritas": c.label("polaritas_" + indicator.polarity.rawValue),
            "agregasi": c.label("agregasi_" + indicator.aggregation.rawValue.replacingOccurrences(of: "-", with: "_")),
            "definisi": indicator.definition ?? "", "ada_definisi": indicator.definition != nil,
            "penanggung_jawab": indicator.responsibleUnit ?? "",
        ]
    }
}
