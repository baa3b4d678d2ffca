import Foundation

/// An `AgencyRow` as `LastRun` keeps it between runs, so that an agency left unchanged still has its line in
/// the rekap without being loaded again: one `RecordLine` of its fields in the order of `recordFields`. Every
/// figure is kept exactly (`Decimal.recordText`: its mantissa and power of ten).
extension AgencyRow {
    var recordFields: [String?] {
        [
            directory, slug, agency, government, language.rawValue, csvDialect?.rawValue, String(year),
            period.description, String(indicatorCount), String(keyIndicatorCount), average?.recordText,
            category.map { _ in "band" }, category?.lowerBound?.recordText, category.map { $0.inclusive ? "1" : "0" },
            category?.label, category?.englishLabel, colourStep.map(String.init), String(withoutCapaian),
            budgetAbsorption?.recordText, onTimeShare?.recordText, summary.en, summary.id,
            documents.map(\.rawValue).joined(separator: ","), String(doubts), examples ? "1" : "0",
        ]
    }

    /// The row of a record's fields; nil when any does not read back as `recordFields` wrote it (a record of
    /// another version, or edited), and then the agency is loaded again.
    init?(recordFields fields: [String?]) {
        guard fields.count == 25 else { return nil }
        func number(_ field: String?) -> Decimal?? {
            guard let text = field else { return .some(nil) }
            return Decimal(recordText: text).map { .some($0) }
        }
        func whole(_ field: String?) -> Int? { field.flatMap { Int($0) } }
        guard let doubts = whole(fields[23]), doubts >= 0, fields[24] == "0" || fields[24] == "1" else { return nil }
        guard let directory = fields[0], let slug = fields[1], let agency = fields[2], let government = fields[3],
            let language = fields[4].flatMap(Language.init(rawValue:)), let year = whole(fields[6]),
            let periodText = fields[7], let period = ReportPeriod(periodText), period.description == periodText,
            let indicators = whole(fields[8]), let keyIndicators = whole(fields[9]), let average = number(fields[10]),
            let lowerBound = number(fields[12]), let withoutCapaian = whole(fields[17]),
            let absorption = number(fields[18]), let onTime = number(fields[19]), let english = fields[20],
            let indonesian = fields[21], let documentNames = fields[22]
        else { return nil }
        var dialect: CSVDialect?
        if let name = fields[5] {
            guard let known = CSVDialect(rawValue: name) else { return nil }
            dialect = known
        }
        var category: RatingScale.Band?
        if fields[11] == "band" {
            guard let inclusive = fields[13], let label = fields[14], let englishLabel = fields[15] else { return nil }
            category = RatingScale.Band(
                lowerBound: lowerBound, inclusive: inclusive == "1", label: label, englishLabel: englishLabel)
        }
        var colourStep: Int?
        if let step = fields[16] {
            guard let value = Int(step) else { return nil }
            colourStep = value
        }
        let names = documentNames.isEmpty ? [] : documentNames.split(separator: ",").map(String.init)
        let documents = names.compactMap(DocumentKind.init(rawValue:))
        guard documents.count == names.count else { return nil }
        self.init(
            directory: directory, slug: slug, agency: agency, government: government, language: language,
            csvDialect: dialect, year: year, period: period, indicatorCount: indicators,
            keyIndicatorCount: keyIndicators, average: average, category: category, colourStep: colourStep,
            withoutCapaian: withoutCapaian, budgetAbsorption: absorption, onTimeShare: onTime,
            summary: Message(english, id: indonesian), documents: documents, doubts: doubts, examples: fields[24] == "1"
        )
    }
}
