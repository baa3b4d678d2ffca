/// The indicators and budget lines of each sasaran, by position, found in one pass over each.
///
/// What filtering the results and the budget once for every statement gives (the statements in the order they
/// first appear; each statement's indicators, and the budget lines whose induk is one of their kodes, in their
/// order), without copying every result and line to filter it, or hashing every line's induk, once per
/// statement (issue 22: a tenth of computing an agency). SasaranGroupsParityTests compares the two.
struct SasaranGroups {
    /// The sasaran statements, in the order they first appear.
    var statements: [String] = []
    /// For each statement, the positions of its results.
    var members: [[Int]] = []
    /// For each statement, the positions of the budget lines under one of its indicators.
    var lines: [[Int]] = []

    init(results: [IndicatorResult], budget: [BudgetLineResult]) {
        var position: [String: Int] = [:]
        // The statements each kode belongs to (a kode repeated in two sasaran belongs to both).
        var statementsOfKode: [String: [Int]] = [:]
        statementsOfKode.reserveCapacity(results.count)
        for (index, result) in results.enumerated() {
            let statement = result.indicator.sasaran
            let offset: Int
            // Most results follow one of the same sasaran: then its statement is not hashed.
            if let last = statements.indices.last, statements[last] == statement {
                offset = last
            } else if let known = position[statement] {
                offset = known
            } else {
                offset = statements.count
                position[statement] = offset
                statements.append(statement)
                members.append([])
            }
            members[offset].append(index)
            Self.add(offset, to: &statementsOfKode[result.indicator.kode, default: []])
        }
        lines = Array(repeating: [], count: statements.count)
        for (index, line) in budget.enumerated() {
            guard let kode = line.line.indicator, let offsets = statementsOfKode[kode] else { continue }
            for offset in offsets { lines[offset].append(index) }
        }
    }

    /// `offset` added to `offsets` unless there: through `inout`, the kode is looked up once for both.
    private static func add(_ offset: Int, to offsets: inout [Int]) {
        if !offsets.contains(offset) { offsets.append(offset) }
    }
}
