import Foundation

extension PerformanceReport {
    /// The one-line summary printed by `report` and `check`, in the profile's language:
    /// `Disdikbud 2024-TW3: 18 indikator (14 IKU), rata-rata capaian IKU 104,23% (Sangat Tinggi); 2 IKU tanpa
    /// capaian (1 belum-ada-data, 1 target-nol)`, or `…; semua IKU memiliki capaian`.
    public var summaryLine: String { summaryLine(profile.language) }

    /// Both languages, for a run whose messages are in another language than the report (`--bahasa`).
    public var summaryMessage: Message { Message(summaryLine(.en), id: summaryLine(.id)) }

    public func summaryLine(_ language: Language) -> String {
        let english = language == .en
        let format = DisplayFormat(language: language)
        let name = profile.shortName ?? profile.agency
        let period = self.period.label(year: profile.year)
        let keys = keyIndicators.count
        let missing = keyIndicatorsWithoutCapaian
        let average = self.average.map(format.percent) ?? DisplayFormat.absent
        let label = category.map(format.label).map { " (\($0))" } ?? ""
        let statuses = Dictionary(grouping: missing, by: \.capaian.status.rawValue)
            .sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key)" }.joined(separator: ", ")
        // IKU whose report quarter is missing: their figure is an earlier quarter's (UnreportedQuarter).
        let unreported = keyIndicators.filter { $0.unreported != nil }.count
        let quarter = "TW\(self.period.quarterCount)"
        if english {
            let without =
                missing.isEmpty ? "every KPI has a capaian" : "\(missing.count) KPI without capaian (\(statuses))"
            let late = unreported == 0 ? "" : "; \(unreported) KPI not reported for \(quarter)"
            return
                "\(name) \(period): \(indicators.count) indicators (\(keys) KPI), average KPI capaian \(average)\(label); \(without)\(late)"
        }
        let without =
            missing.isEmpty ? "semua IKU memiliki capaian" : "\(missing.count) IKU tanpa capaian (\(statuses))"
        let late = unreported == 0 ? "" : "; \(unreported) IKU belum melaporkan \(quarter)"
        return
            "\(name) \(period): \(indicators.count) indikator (\(keys) IKU), rata-rata capaian IKU \(average)\(label); \(without)\(late)"
    }
}
