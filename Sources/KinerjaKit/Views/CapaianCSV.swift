import Foundation

/// The template context of capaian.csv (docs/laporan.md): one row per indicator, in indikator.csv order,
/// every value already formatted for the dialect. Keys are the column names.
enum CapaianCSV {
    static func context(_ report: PerformanceReport, dialect: CSVDialect) -> [String: Any] {
        let periodLabel = report.period.label(year: report.profile.year)
        let rows: [[String: Any]] = report.indicators.map { result in
            let indicator = result.indicator
            return [
                "kode": dialect.text(indicator.kode),
                "tingkat": dialect.text(indicator.level.rawValue),
                "sasaran": dialect.text(indicator.sasaran),
                "indikator": dialect.text(indicator.name),
                "satuan": dialect.text(indicator.unit),
                "polaritas": dialect.text(indicator.polarity.rawValue),
                "agregasi": dialect.text(indicator.aggregation.rawValue),
                "iku": indicator.isKey ? "ya" : "tidak",
                "periode": periodLabel,
                "target": dialect.target(indicator.target),
                "realisasi_tw": dialect.number(result.periodValue),
                "realisasi": dialect.number(result.realisasi),
                "capaian": dialect.percent(result.capaian.value),
                "kategori": dialect.text(result.category?.label),
                "target_periode": dialect.target(result.periodTarget),
                "capaian_periode": dialect.percent(result.periodCapaian?.value),
                "target_renstra": dialect.target(indicator.renstraTarget),
                "capaian_renstra": dialect.percent(result.renstraCapaian?.value),
                "realisasi_tahun_lalu": dialect.number(result.lastYearValue),
                "status": result.capaian.status.rawValue,
                "rumus": dialect.text(result.capaian.rule.rawValue),
                "catatan": dialect.text(result.note),
            ]
        }
        return ["baris": rows, "periode": periodLabel]
    }
}

/// The template context of serapan-anggaran.csv: one row per budget line.
enum BudgetCSV {
    static func context(_ report: PerformanceReport, dialect: CSVDialect) -> [String: Any] {
        let periodLabel = report.period.label(year: report.profile.year)
        let rows: [[String: Any]] = (report.budget ?? []).map { result in
            var row: [String: Any] = [
                "kode": dialect.text(result.line.kode),
                "uraian": dialect.text(result.line.name),
                "induk": dialect.text(result.line.indicator),
                "periode": periodLabel,
                "pagu": dialect.number(result.line.ceiling),
                "realisasi": dialect.number(result.spent),
                "serapan": dialect.percent(result.absorption),
            ]
            for q in 1...4 { row["realisasi_tw\(q)"] = dialect.number(result.quarterSpending[q - 1]) }
            return row
        }
        return ["baris": rows, "periode": periodLabel]
    }
}
