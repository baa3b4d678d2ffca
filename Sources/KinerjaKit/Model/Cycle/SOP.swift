import Foundation

/// A monitoring SOP (docs/siklus.md, `sop.yaml`): its identity, its roles in the column order of its
/// table, and its numbered steps. The SOP is data: agencies differ in roles and steps.
public struct SOP: Sendable {
    public struct Step: Sendable {
        public let number: Int
        public let description: String
        /// One of the SOP's `roles`, spelled as there.
        public let executor: String
        public let requirements: String?
        /// nil when the SOP gives no standard time for the step.
        public let standard: StandardTime?
        public let output: String?
    }

    public var name: String
    public var number: String?
    public var government: String?
    public var agency: String?
    public var created: CalendarDate?
    public var revised: CalendarDate?
    public var approved: CalendarDate?
    public var approvedBy: String?
    public var legalBasis: [String] = []
    public var qualifications: [String] = []
    public var related: [String] = []
    public var equipment: [String] = []
    public var warnings: [String] = []
    public var recording: [String] = []
    /// The pelaksana columns, in order.
    public var roles: [String]
    public var steps: [Step]
    /// Where it came from: `sop.yaml` of the workspace, or `SOP/<name>.yaml` of kinerja.
    public var source: String

    public func step(_ number: Int) -> Step? { steps.first { $0.number == number } }

    /// The step before `number` in the SOP's order, if any.
    public func step(before number: Int) -> Step? {
        guard let index = steps.firstIndex(where: { $0.number == number }), index > 0 else { return nil }
        return steps[index - 1]
    }

    /// The role `text` names (case and spacing ignored), in the SOP's spelling; nil when it names none.
    public func role(named text: String) -> String? { Self.role(named: text, in: roles) }

    /// The same lookup over a list of roles, for the loader before the SOP exists.
    static func role(named text: String, in roles: [String]) -> String? {
        let key = normalize(text)
        return roles.first { normalize($0) == key }
    }

    /// A role's spelling for comparison: its words joined by one space, lowercased. ASCII text (nearly every
    /// `pelaksana`) on its bytes: by Characters it cost 12 000 instructions a record (issue 22).
    /// RoleNormalizeParityTests compares the two.
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                return normalizeByCharacters(String(decoding: bytes, as: UTF8.self))
            }
            // Character.isWhitespace among ASCII: tab, LF, VT, FF, CR (CR LF is one Character) and space.
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            for byte in bytes {
                if isSpace(byte) {
                    if result.last.map({ !isSpace($0) }) ?? false { result.append(0x20) }
                    continue
                }
                result.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
            }
            if result.last == 0x20 { result.removeLast() }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `normalize` by Characters, the way for any text.
    static func normalizeByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
