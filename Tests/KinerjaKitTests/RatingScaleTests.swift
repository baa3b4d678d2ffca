import Foundation
import Testing

@testable import KinerjaKit

struct RatingScaleTests {

    @Test(arguments: [
        ("120", "Sangat Tinggi"), ("91", "Sangat Tinggi"), ("90.995", "Sangat Tinggi"), ("90.99", "Tinggi"),
        ("76", "Tinggi"), ("75.999", "Tinggi"), ("75.99", "Sedang"), ("66", "Sedang"), ("65.99", "Rendah"),
        ("51", "Rendah"), ("50.99", "Sangat Rendah"), ("0", "Sangat Rendah"), ("-10", "Sangat Rendah"),
    ])
    func permendagriBands(_ value: String, _ label: String) {
        #expect(RatingScale.permendagri86.band(for: decimal(value)).label == label)
    }

    /// SAKIP: lower bounds exclusive (AA > 90).
    @Test(arguments: [
        ("90.01", "AA"), ("90", "A"), ("80.01", "A"), ("80", "BB"), ("70", "B"), ("60", "CC"), ("50", "C"),
        ("30.01", "C"), ("30", "D"), ("0", "D"),
    ])
    func sakipGrades(_ value: String, _ label: String) {
        #expect(RatingScale.sakip.band(for: decimal(value)).label == label)
    }

    func loadProfile(_ yaml: String) -> (Profile?, DiagnosticLog) {
        var log = DiagnosticLog()
        let profile = ProfileLoader.load(Data(yaml.utf8), file: "profil.yaml", log: &log)
        return (profile, log)
    }

    @Test func customScaleFromTheProfile() throws {
        let (profile, log) = loadProfile(
            minimalProfile + """
                skala:
                  - {min: 90, label: Sangat Baik, label_en: Very good}
                  - {min: 70, maks: 90, label: Baik}
                  - {min: 0, maks: 70, label: Kurang}

                """)
        #expect(!log.hasErrors)
        let scale = try #require(profile?.scale)
        #expect(scale.band(for: 95).label == "Sangat Baik")
        #expect(scale.band(for: 95).englishLabel == "Very good")
        #expect(scale.band(for: 70).label == "Baik")
        #expect(scale.band(for: decimal("69.99")).label == "Kurang")
    }

    @Test func builtInScaleByName() {
        #expect(loadProfile(minimalProfile + "skala: sakip\n").0?.scale == .sakip)
        #expect(loadProfile(minimalProfile).0?.scale == .permendagri86)
        let (_, log) = loadProfile(minimalProfile + "skala: lima-bintang\n")
        #expect(
            log.errors.map(\.description) == [
                "profil.yaml:10:8: error: skala \"lima-bintang\" is not a known scale; expected permendagri-86-2017, sakip, or a list of bands {min, label}"
            ])
    }

    @Test func customScalesAreChecked() {
        let unsorted = loadProfile(
            minimalProfile + "skala:\n  - {min: 70, label: Baik}\n  - {min: 90, label: Sangat Baik}\n"
        ).1
        #expect(
            unsorted.errors.map(\.description) == [
                "profil.yaml:12:5: error: skala is not sorted: the band \"Sangat Baik\" (min 90) comes after \"Baik\" (min 70); list bands from the highest min down, without repeating a min"
            ])
        let overlap = loadProfile(
            minimalProfile + "skala:\n  - {min: 90, label: A}\n  - {min: 70, maks: 95, label: B}\n"
        ).1
        #expect(
            overlap.errors.first?.message.en.hasPrefix(
                "skala has an overlap between \"B\" (up to 95) and \"A\" (from 90)") == true)
        let gap = loadProfile(minimalProfile + "skala:\n  - {min: 90, label: A}\n  - {min: 70, maks: 85, label: B}\n").1
        #expect(
            gap.errors.first?.message.en.hasPrefix("skala has a gap between \"B\" (up to 85) and \"A\" (from 90)")
                == true)
    }
}
