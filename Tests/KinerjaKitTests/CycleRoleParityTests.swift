import Foundation
import Testing

@testable import KinerjaKit

/// `CycleCompliance.role(in:sop:)`, which normalises the SOP's roles once, names the role `SOP.role(named:)`
/// names: the whole text, else the role in brackets after a name, the first of two roles spelled alike.
struct CycleRoleParityTests {
    /// The lookup as it was: every role normalised again at each call.
    static func reference(_ text: String, _ sop: SOP) -> String? {
        if let role = sop.role(named: text) { return role }
        guard let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return nil }
        return sop.role(named: String(text[text.index(after: open)..<close]))
    }

    @Test func namesTheRoleTheSOPNames() {
        var sop = CycleComplianceTests.sop
        sop.roles += ["kepala  DINAS", "Kasubag Umum", "Pejabat\u{A0}Fungsional", "É"]
        let pieces = [
            "Sekretaris", "sekretaris", " SEKRETARIS ", "Perencana", "Kepala Dinas", "kepala\tdinas", "Kepala  Dinas",
            "Kasubag  umum", "pejabat fungsional", "é", "É", "ANDI SAPUTRA", "(", ")", " ", "", "Kasubag", "Umum",
            "\r\n", "Sekre taris",
        ]
        var random = SeededGenerator(seed: 61)
        for _ in 0..<3000 {
            let count = Int.random(in: 1...4, using: &random)
            let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(CycleCompliance.role(in: text, sop: sop) == Self.reference(text, sop), "\(text)")
        }
        #expect(CycleCompliance.role(in: "ANDI (kepala  dinas)", sop: sop) == "Kepala Dinas")
    }
}
