import Foundation

/// The "Pelaksanaan Pemantauan" section of the monitoring report (docs/laporan.md item 7, docs/siklus.md): the
/// SOP's table with each step's actual start, finish and status, the flow as a swimlane, the
/// on-time share, elapsed time against the standard, the slowest step and the findings.
/// docs/templates.md lists every name.
enum CycleSection {
    static func context(_ cycle: CycleCompliance?, _ c: ReportContext) -> [String: Any] {
        guard let cycle else { return ["ada": false] }
        let sop = cycle.sop
        let format = c.format
        let steps: [[String: Any]] = cycle.steps.map { row in
            let step = row.step!
            var cells = record(row, c)
            cells["pelaksana_sop"] = step.executor
            cells["tanda"] = sop.roles.map { ["ada": $0 == step.executor, "pelaksana": $0] }
            cells["kelengkapan"] = step.requirements ?? ""
            cells["waktu"] = step.standard?.text ?? DisplayFormat.absent
            cells["output"] = step.output ?? ""
            return cells
        }
        let slowest: [String: Any] = cycle.slowest.map { row in
            let step = row.step!
            var context = record(row, c)
            context["ada"] = true
            context["pelaksana_sop"] = step.executor
            context["waktu"] = step.standard?.text ?? ""
            context["durasi"] = row.duration.map { $0.text(unit: nil, language: format.language) } ?? ""
            context["ada_durasi"] = row.duration != nil
            return context
        } ?? ["ada": false]
        let difference = cycle.elapsedWorkingDays.map { Decimal($0) - cycle.standardTotal }
        let standardParts = [
            cycle.standardWorkingDays > 0 ? WorkingSpan(workingDays: cycle.standardWorkingDays).text(unit: .day, language: format.language) : nil,
            cycle.standardClockMinutes > 0 ? WorkingSpan(minutes: cycle.standardClockMinutes).text(unit: .hour, language: format.language) : nil,
        ].compactMap { $0 }
        let findings = cycle.findings.map { ["no": "\($0.number)", "teks": findingText($0.finding, labels: c.labels)] }
        return [
            "ada": true, "ada_catatan": cycle.hasRecords,
            "sop": [
                "nama": sop.name, "nomor": sop.number ?? "", "ada_nomor": sop.number != nil,
                "disahkan": sop.approved.map(format.date) ?? "", "ada_disahkan": sop.approved != nil,
                "sumber": sop.source,
            ],
            "pelaksana": sop.roles.map { ["nama": $0] },
            "langkah": steps,
            "langkah_lain": cycle.extraRecords.map { record($0, c) },
            "ada_langkah_lain": !cycle.extraRecords.isEmpty,
            "tepat_waktu": "\(cycle.onTimeCount)", "jumlah_langkah": "\(cycle.steps.count)",
            "persen_tepat_waktu": format.percent(cycle.onTimeShare),
            "persen_tepat_waktu_nilai": cycle.onTimeShare.plainString,
            "per_status": StepStatus.allCases.map { status in
                ["kode": status.rawValue, "label": c.label(statusKey(status)), "jumlah": "\(cycle.count(status))"]
            },
            "lama": [
                "ada": cycle.elapsedWorkingDays != nil,
                "hari_kerja": cycle.elapsedWorkingDays.map { "\($0)" } ?? "",
                "mulai": cycle.start.map(format.moment) ?? "", "akhir": cycle.end.map(format.moment) ?? "",
                "selesai": cycle.isComplete,
            ],
            "baku": [
                "teks": standardParts.joined(separator: " + "),
                "hari_kerja": format.points(cycle.standardTotal),
                "ada_jam": cycle.standardClockMinutes > 0,
                "jam_per_hari": format.number(Decimal(WorkingCalendar.minutesPerWorkingDay) / 60),
            ],
            "selisih": difference.map(format.signedPoints) ?? "",
            "paling_lambat": slowest,
            "temuan": findings, "ada_temuan": !findings.isEmpty,
            "alur": swimlane(cycle, c).context,
        ]
    }

    /// What a record says about one step: dates, status, lateness, executor, findings, catatan.
    static func record(_ row: StepCompliance, _ c: ReportContext) -> [String: Any] {
        let format = c.format
        let record = row.record
        let findings = row.findings.map { findingText($0, labels: c.labels) }
        let note = record?.note
        return [
            "no": "\(row.number)", "uraian": row.step?.description ?? "",
            "mulai": record.map { format.moment($0.start) } ?? DisplayFormat.absent,
            "selesai": record?.finish.map(format.moment) ?? DisplayFormat.absent,
            "batas": row.deadline.map(format.moment) ?? DisplayFormat.absent,
            "status": row.status.map { c.label(statusKey($0)) } ?? "",
            "status_kode": row.status?.rawValue ?? "",
            "terlambat": row.status == .terlambat || row.status == .melewatiBatas,
            "keterlambatan": row.latenessText(language: format.language) ?? "", "ada_keterlambatan": row.lateness != nil,
            "pelaksana": record?.executor ?? "", "ada_pelaksana": record?.executor != nil,
            "temuan": findings.joined(separator: "; "), "ada_temuan": !findings.isEmpty,
            "catatan": note ?? "", "ada_catatan": note != nil,
        ]
    }

    static func swimlane(_ cycle: CycleCompliance, _ c: ReportContext) -> Swimlane {
        let rows = cycle.steps.map { row -> Swimlane.Row in
            let status = row.status!
            let late = row.latenessText(language: c.format.language).map { " " + $0 } ?? ""
            return Swimlane.Row(number: row.number, lane: cycle.sop.roles.firstIndex(of: row.step!.executor) ?? 0,
                                statusClass: "s-" + status.rawValue, statusText: c.label(statusKey(status)) + late,
                                late: row.lateness != nil)
        }
        return Swimlane(lanes: cycle.sop.roles, rows: rows)
    }

    static func statusKey(_ status: StepStatus) -> String { ReportContext.key("siklus_", status) }

    /// A finding in words, from the label file's pattern (`{pelaksana}` and the like filled in).
    static func findingText(_ finding: CycleFinding, labels: [String: String]) -> String {
        func fill(_ key: String, _ values: [String: String]) -> String {
            values.reduce(labels[key] ?? key) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        switch finding {
        case .otherExecutor(let actual, let expected):
            return fill("temuan_pelaksana", ["pelaksana": actual, "pelaksana_sop": expected])
        case .unknownStep: return fill("temuan_langkah_tidak_dikenal", [:])
        case .startedBeforePrevious(let n): return fill("temuan_mulai_sebelum_selesai", ["langkah": "\(n)"])
        case .noStandard: return fill("temuan_tanpa_waktu_baku", [:])
        }
    }
}
