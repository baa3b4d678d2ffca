import Foundation

/// An `AgencyRow` as `LastRun` keeps it between runs, so that an agency left unchanged still has its line
/// in the rekap without being loaded again. Every figure is kept as its exact text (`Decimal.description`,
/// which `Decimal(string:)` reads back to the same value), never as a JSON number, which a decoder may read
/// through a Double.
extension AgencyRow {
    struct Record: Codable, Equatable {
        struct Band: Codable, Equatable {
            let lowerBound: String?
            let inclusive: Bool
            let label: String
            let englishLabel: String
        }

        let directory: String
        let slug: String
        let agency: String
        let government: String
        let language: String
        let csvDialect: String?
        let year: Int
        let period: String
        let indicatorCount: Int
        let keyIndicatorCount: Int
        let average: String?
        let category: Band?
        let colourStep: Int?
        let withoutCapaian: Int
        let budgetAbsorption: String?
        let onTimeShare: String?
        let summaryEnglish: String
        let summaryIndonesian: String
        let documents: [String]
    }

    var record: Record {
        Record(
            directory: directory, slug: slug, agency: agency, government: government, language: language.rawValue,
            csvDialect: csvDialect?.rawValue, year: year, period: period.description,
            indicatorCount: indicatorCount, keyIndicatorCount: keyIndicatorCount, average: average?.description,
            category: category.map {
                Record.Band(
                    lowerBound: $0.lowerBound?.description, inclusive: $0.inclusive, label: $0.label,
                    englishLabel: $0.englishLabel)
            },
            colourStep: colourStep, withoutCapaian: withoutCapaian, budgetAbsorption: budgetAbsorption?.description,
            onTimeShare: onTimeShare?.description, summaryEnglish: summary.en, summaryIndonesian: summary.id,
            documents: documents.map(\.rawValue))
    }

    /// The row a record holds; nil when any part of it does not read back (a record of another version, or
    /// edited), and then the agency is loaded again.
    init?(_ record: Record) {
        func number(_ text: String?) -> Decimal?? {
            guard let text else { return .some(nil) }
            guard let value = Decimal(string: text, locale: .posix), value.description == text else {
                return nil
            }
            return .some(value)
        }
        guard let language = Language(rawValue: record.language),
            let period = ReportPeriod(record.period), period.description == record.period,
            let average = number(record.average), let absorption = number(record.budgetAbsorption),
            let onTime = number(record.onTimeShare)
        else { return nil }
        var dialect: CSVDialect?
        if let name = record.csvDialect {
            guard let known = CSVDialect(rawValue: name) else { return nil }
            dialect = known
        }
        var category: RatingScale.Band?
        if let band = record.category {
            guard let lower = number(band.lowerBound) else { return nil }
            category = RatingScale.Band(
                lowerBound: lower, inclusive: band.inclusive, label: band.label, englishLabel: band.englishLabel)
        }
        let documents = record.documents.compactMap(DocumentKind.init(rawValue:))
        guard documents.count == record.documents.count else { return nil }
        self.init(
            directory: record.directory, slug: record.slug, agency: record.agency, government: record.government,
            language: language, csvDialect: dialect, year: record.year, period: period,
            indicatorCount: record.indicatorCount, keyIndicatorCount: record.keyIndicatorCount, average: average,
            category: category, colourStep: record.colourStep, withoutCapaian: record.withoutCapaian,
            budgetAbsorption: absorption, onTimeShare: onTime,
            summary: Message(record.summaryEnglish, id: record.summaryIndonesian), documents: documents)
    }
}
