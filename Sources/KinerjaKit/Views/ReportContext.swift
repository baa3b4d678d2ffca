import Foundation

/// What building a report's view needs beside the report: the labels, the narrative, the display format
/// and the footnotes collected so far (each absent or marked value adds its note on first use and holds
/// its placeholder, `Footnotes`; views are built in the order the default templates print them). Values are formatted for people in the
/// profile's language; the raw value sits beside a formatted one where a template may want it.
/// The pieces' initialisers take it `borrowing`: an initialiser's parameter is otherwise passed owned, and
/// every category and narrative section copied the context (its report, labels and narrative).
struct ReportContext {
    let report: PerformanceReport
    let format: DisplayFormat
    let labels: [String: String]
    /// narasi/ files by path relative to narasi/.
    let narrative: [String: String]
    /// The period folder of narasi/ this document reads first (`TW3`, `tahunan`; `NarrativeFolders`).
    let narrativeFolder: String?
    var footnotes = Footnotes()

    init(
        report: PerformanceReport, labels: [String: String], narrative: [String: String], narrativeFolder: String? = nil
    ) {
        self.report = report
        self.format = DisplayFormat(language: report.profile.language)
        self.labels = labels
        self.narrative = narrative
        self.narrativeFolder = narrativeFolder
    }

    var profile: Profile { report.profile }

    /// A fixed label; a key missing from the label file prints as itself, so it is noticed.
    func label(_ key: String) -> String { labels[key] ?? key }

    /// A rating category (`kategori`).
    func category(_ band: RatingScale.Band?) -> Category { Category(band, self) }

    /// A narrative section from narasi/ (`narasi`), the document's period folder first.
    func narrativeSection(_ file: String) -> NarrativeSection { NarrativeSection(file, self) }

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
        let statusKey = Self.statusKeys[achievement.status]!
        guard let value = achievement.value else { return absent(statusKey) }
        let ruleKey = Self.ruleKey(achievement.rule), ruleText = label(ruleKey)
        var text = format.percent(value) + footnotes.mark(ruleKey, ruleText, series: .rule)
        if achievement.status != .ok { text += mark(statusKey) }
        return text
    }

    /// `key("status_", status)` and `key("alasan_", status)` of every status, made once: made for every row,
    /// each key was some 2 000 instructions and an allocation.
    static let statusKeys = Dictionary(uniqueKeysWithValues: CapaianStatus.allCases.map { ($0, key("status_", $0)) })
    static let reasonKeys = Dictionary(uniqueKeysWithValues: CapaianStatus.allCases.map { ($0, key("alasan_", $0)) })

    /// The label key of a status: `key("alasan_", .belumAdaData)` → `alasan_belum_ada_data`.
    /// Byte by byte: every status's raw value is ASCII (`belum-ada-data`), where a byte is a Character, and
    /// mapping its Characters cost some 3 000 instructions a key, asked for every cell of every row.
    /// ReportContextKeyTests compare it with the Characters' way.
    static func key<Status: RawRepresentable>(_ prefix: String, _ status: Status) -> String
    where Status.RawValue == String {
        key(prefix, rawValue: status.rawValue)
    }

    /// `prefix` and `name` with each `-` of `name` as `_`. A name not all ASCII (none of the code's) is mapped by
    /// Characters, so a `-` that a combining mark follows stays what it is.
    static func key(_ prefix: String, rawValue name: String) -> String {
        var name = name
        let ascii = name.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        guard ascii else { return prefix + String(name.map { $0 == "-" ? "_" : $0 }) }
        var bytes = Array(prefix.utf8)
        bytes.reserveCapacity(bytes.count + name.utf8.count)
        for byte in name.utf8 { bytes.append(byte == UInt8(ascii: "-") ? UInt8(ascii: "_") : byte) }
        return String(decoding: bytes, as: UTF8.self)
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

    /// The names every document's context starts with (docs/templates.md, "Document").
    var head: DocumentHead { DocumentHead(self) }

    /// The footnotes collected so far; taken last, once every value of the document is formatted.
    var footnoteList: FootnoteList { FootnoteList(footnotes) }
}
