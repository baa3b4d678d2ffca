import Foundation

/// How the reports say that realisasi s.d. was computed without the report's quarter
/// (`UnreportedQuarter`): a footnote on the printed value, in the words of the indicator's `agregasi`.
///
///     terakhir,  used [2],    quarter 3 → "Nilai TW II; TW III belum dilaporkan."      (en "Q2 value; Q3 not yet reported.")
///     jumlah,    used [1, 2], quarter 3 → "Jumlah TW I–TW II; TW III belum dilaporkan." (en "Sum of Q1–Q2; …")
///     rata-rata, used [1, 3], quarter 4 → "Rata-rata TW I, TW III; TW IV belum dilaporkan."
extension ReportContext {
    /// realisasi s.d. the period as printed: the value, with the footnote marker when the report's
    /// quarter is missing; `–` with its reason when there is no value at all.
    mutating func realisasi(_ result: IndicatorResult) -> String {
        guard let value = result.realisasi else { return absent("status_belum_ada_data") }
        let printed = format.realisasi(value, aggregation: result.indicator.aggregation)
        guard let unreported = result.unreported else { return printed }
        let text = unreportedText(unreported, aggregation: result.indicator.aggregation)
        return printed + footnotes.mark("belum_lapor \(text)", text)
    }

    /// The footnote's sentence, from the label `belum_lapor_<agregasi>`.
    func unreportedText(_ unreported: UnreportedQuarter, aggregation: Aggregation) -> String {
        let used = aggregation == .terakhir ? [unreported.used.last!] : unreported.used
        return fill(
            Self.key("belum_lapor_", aggregation),
            ["triwulan": quarterList(used), "periode": format.quarterShort(unreported.quarter)])
    }

    /// `[1, 2, 3]` → `TW I–TW III`; `[1, 3]` → `TW I, TW III`; `[2]` → `TW II`.
    func quarterList(_ quarters: [Int]) -> String {
        let names = quarters.map(format.quarterShort)
        let contiguous = quarters.count > 1 && quarters.last! - quarters.first! == quarters.count - 1
        return contiguous ? names.first! + "–" + names.last! : names.joined(separator: ", ")
    }

    /// A label with `{name}` placeholders filled in.
    func fill(_ key: String, _ values: [String: String]) -> String {
        values.reduce(label(key)) { TextReplacement.replacing($0, "{\($1.key)}", with: $1.value) }
    }
}
