import Foundation

/// The pieces every report's template context shares: the labels, the agency, the period, the
/// signature block, narrative sections, categories and footnotes. Values are formatted for people in
/// the profile's language; the raw value sits beside a formatted one where a template may want it.
struct ReportContext {
    let report: PerformanceReport
    let format: DisplayFormat
    let labels: [String: String]
    /// narasi/ files by path relative to narasi/.
    let narrative: [String: String]
    /// The period folder of narasi/ this document reads first (`TW3`, `tahunan`; `NarrativeFolders`).
    let narrativeFolder: String?
    var footnotes = Footnotes()

    init(report: PerformanceReport, labels: [String: String], narrative: [String: String], narrativeFolder: String? = nil) {
        self.report = report
        self.format = DisplayFormat(language: report.profile.language)
        self.labels = labels
        self.narrative = narrative
        self.narrativeFolder = narrativeFolder
    }

    var profile: Profile { report.profile }

    /// A fixed label; a key missing from the label file prints as itself, so it is noticed.
    func label(_ key: String) -> String { labels[key] ?? key }

    var agency: [String: Any] {
        [
            "pemerintah": profile.government, "pemerintah_kapital": profile.government.uppercased(),
            "nama": profile.agency, "nama_kapital": profile.agency.uppercased(),
            "singkatan": profile.shortName ?? "", "ada_singkatan": profile.shortName != nil,
            "alamat": profile.address ?? "", "ada_alamat": profile.address != nil,
        ]
    }

    var period: [String: Any] {
        let n = report.period.quarterCount
        return [
            "kode": report.period.label(year: profile.year), "nama": format.period(report.period),
            "tahun": "\(profile.year)", "tahunan": report.period == .annual,
            "triwulan": (1...n).map { ["singkat": format.quarterShort($0), "nama": format.quarter($0)] },
        ]
    }

    var document: [String: Any] {
        ["nomor": profile.documentNumber ?? "", "ada_nomor": profile.documentNumber != nil,
         "tempat": profile.place, "tanggal": format.date(profile.date), "tanggal_iso": profile.date.iso]
    }

    /// The signature block, as Indonesian official documents set it (docs/laporan.md): jabatan in capitals, "Plt." for an acting head, NIP grouped 8-6-1-3.
    var signature: [String: Any] {
        let head = profile.head
        return [
            "tempat": profile.place, "tanggal": format.date(profile.date),
            "jabatan": head.position, "jabatan_kapital": head.position.uppercased(), "plt": head.acting,
            "nama": head.name, "pangkat": head.rank ?? "", "ada_pangkat": head.rank != nil,
            "nip": head.nip.map(DisplayFormat.nip) ?? "", "ada_nip": head.nip != nil,
        ]
    }

    /// A rating category: its label, its colour class (`k0` best … `k6` worst) and whether there is one.
    func category(_ band: RatingScale.Band?) -> [String: Any] {
        guard let band else { return ["ada": false, "label": DisplayFormat.absent, "warna": "", "nilai": ""] }
        return ["ada": true, "label": format.label(band), "warna": "k\(profile.scale.colourStep(band))", "nilai": band.label]
    }

    /// A narrative section from narasi/: the planners' Markdown as written (for the Markdown report)
    /// and rendered by cmark in safe mode (for the HTML report). `ada` is false when the file is missing.
    /// The document's period folder comes first: `TW3/faktor-pendorong.md`, else `faktor-pendorong.md`.
    func narrativeSection(_ file: String) -> [String: Any] {
        let own = narrativeFolder.map { $0 + "/" + file }.flatMap { narrative[$0] == nil ? nil : $0 }
        let path = own ?? file
        let text = narrative[path]?.trimmingWhitespace()
        return [
            "ada": !(text ?? "").isEmpty, "berkas": "narasi/" + path,
            "markdown": text ?? "", "html": text.map(Markdown.html) ?? "",
        ]
    }

    /// `–` with the marker of the footnote whose text is the label `reason`.
    mutating func absent(_ reason: String) -> String {
        let text = label(reason)
        return footnotes.absent(reason, text)
    }

    /// The marker of the footnote whose text is the label `key`.
    mutating func mark(_ key: String) -> String {
        let text = label(key)
        return footnotes.mark(key, text)
    }

    /// A percentage, or `–` with the footnote of `reason` (a label key) when absent.
    mutating func percent(_ value: Decimal?, absentBecause reason: String) -> String {
        guard let value else { return absent(reason) }
        return format.percent(value)
    }

    /// The capaian cell of a row: the percentage with the marker of the formula that produced it
    /// (and of its status when that matters), or `–` with the reason it is absent.
    mutating func capaian(_ achievement: Achievement) -> String {
        let statusKey = Self.key("status_", achievement.status)
        guard let value = achievement.value else { return absent(statusKey) }
        let ruleKey = Self.ruleKey(achievement.rule), ruleText = label(ruleKey)
        var text = format.percent(value) + footnotes.mark(ruleKey, ruleText, series: .rule)
        if achievement.status != .ok { text += mark(statusKey) }
        return text
    }

    /// The label key of a status: `key("alasan_", .belumAdaData)` → `alasan_belum_ada_data`.
    static func key<Status: RawRepresentable>(_ prefix: String, _ status: Status) -> String where Status.RawValue == String {
        prefix + String(status.rawValue.map { $0 == "-" ? "_" : $0 })
    }

    static func ruleKey(_ rule: AchievementRule) -> String {
        switch rule {
        case .positif: return "rumus_positif"
        case .negatifSelisih: return "rumus_negatif_selisih"
        case .negatifRasio: return "rumus_negatif_rasio"
        case .positifBand: return "rumus_positif_rentang"
        case .negatifBand: return "rumus_negatif_rentang"
        case .rentang: return "rumus_rentang"
        }
    }

    var tool: [String: Any] { ["nama": "kinerja", "versi": KinerjaVersion.current] }

    /// The names every document's context starts with (docs/templates.md, "Document").
    var documentNames: [String: Any] {
        ["bahasa": profile.language.rawValue, "l": labels, "instansi": agency, "periode": period,
         "dokumen": document, "tanda_tangan": signature, "alat": tool]
    }

    /// The footnotes collected so far; added last, once every value of the document is formatted.
    var footnoteNames: [String: Any] {
        ["rumus_dipakai": footnotes.ruleContext, "catatan_kaki": footnotes.reasonContext,
         "ada_catatan_kaki": !footnotes.reasons.isEmpty || !footnotes.rules.isEmpty]
    }
}
