import Foundation
import Yams

/// Reads `skala` from profil.yaml: a built-in name, or a list of bands checked for order, gaps and overlaps.
///
///     skala:
///       - {min: 90, label: Sangat Baik}
///       - {min: 70, maks: 90, label: Baik}
///       - {min: 0, maks: 70, label: Kurang}
///
/// `min` is inclusive. `maks` is optional; when given it must equal the `min` of the band above
/// (otherwise there is a gap or an overlap). Bands are listed from the highest down.
enum ScaleReader {
    static func scale(_ fields: YAMLFields, log: inout DiagnosticLog) -> RatingScale? {
        guard let node = fields.node("skala") else { return nil }
        if let name = node.scalar?.string {
            if let scale = RatingScale.builtIn[name.lowercased()] { return scale }
            fields.error(
                "skala",
                Message(
                    "skala \"\(name)\" is not a known scale; expected permendagri-86-2017, sakip, or a list of bands {min, label}",
                    id:
                        "skala \"\(name)\" tidak dikenal; isi dengan permendagri-86-2017, sakip, atau daftar pita {min, label}"
                ), log: &log)
            return nil
        }
        guard let items = node.sequence, !items.isEmpty else {
            fields.error(
                "skala",
                Message(
                    "skala should be a scale name or a list of bands, e.g. - {min: 90, label: Sangat Baik}",
                    id: "skala harus berupa nama skala atau daftar pita, mis. - {min: 90, label: Sangat Baik}"),
                log: &log)
            return nil
        }
        var bands: [(min: Decimal, max: Decimal?, label: String, english: String, mark: Mark?)] = []
        var valid = true
        for item in items {
            func fail(_ message: Message) {
                log.error(fields.file, line: item.mark?.line, column: item.mark?.column, message)
                valid = false
            }
            guard let band = item.mapping else {
                fail(
                    Message(
                        "each band of skala needs min and label, e.g. {min: 90, label: Sangat Baik}",
                        id: "setiap pita skala perlu min dan label, mis. {min: 90, label: Sangat Baik}"))
                continue
            }
            let minText = band[text: "min"]?.string
            let maxText = band[text: "maks"]?.string ?? band[text: "max"]?.string
            let label = band[text: "label"]?.string
            guard let minText, case .number(let min, _) = NumberReader.reading(minText) else {
                fail(
                    Message(
                        "a band of skala has no numeric min; expected e.g. min: 90",
                        id: "sebuah pita skala tidak punya min berupa angka; isi mis. min: 90"))
                continue
            }
            var max: Decimal?
            if let maxText {
                guard case .number(let value, _) = NumberReader.reading(maxText) else {
                    fail(
                        Message(
                            "maks \"\(maxText)\" is not a number",
                            id: "maks \"\(maxText)\" bukan angka; isi mis. maks: 100"))
                    continue
                }
                max = value
            }
            guard let label, !label.isEmpty else {
                fail(
                    Message(
                        "the band with min \(minText) has no label",
                        id: "pita dengan min \(minText) tidak punya label; tambahkan label: …"))
                continue
            }
            bands.append((min, max, label, band[text: "label_en"]?.string ?? label, item.mark))
        }
        guard valid else { return nil }
        for (upper, lower) in zip(bands, bands.dropFirst()) {
            if lower.min >= upper.min {
                log.error(
                    fields.file, line: lower.mark?.line, column: lower.mark?.column,
                    Message(
                        "skala is not sorted: the band \"\(lower.label)\" (min \(lower.min)) comes after \"\(upper.label)\" (min \(upper.min)); list bands from the highest min down, without repeating a min",
                        id:
                            "skala tidak berurutan: pita \"\(lower.label)\" (min \(lower.min)) berada setelah \"\(upper.label)\" (min \(upper.min)); urutkan pita dari min tertinggi ke bawah, tanpa min yang berulang"
                    ))
                valid = false
            } else if let max = lower.max, max != upper.min {
                let problem = max < upper.min ? ("a gap", "celah") : ("an overlap", "tumpang tindih")
                log.error(
                    fields.file, line: lower.mark?.line, column: lower.mark?.column,
                    "skala has \(problem.0) between \"\(lower.label)\" (up to \(max)) and \"\(upper.label)\" (from \(upper.min)); set maks to \(upper.min)",
                    id:
                        "skala punya \(problem.1) antara \"\(lower.label)\" (sampai \(max)) dan \"\(upper.label)\" (mulai \(upper.min)); isi maks dengan \(upper.min)"
                )
                valid = false
            }
        }
        guard valid else { return nil }
        return RatingScale(
            name: "profil",
            bands: bands.enumerated().map { index, band in
                RatingScale.Band(
                    lowerBound: index == bands.count - 1 ? nil : band.min, inclusive: true,
                    label: band.label, englishLabel: band.english)
            })
    }
}
