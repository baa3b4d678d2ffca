/// One immutable value behind one reference: a struct holding a `Shared` is copied with one retain, however many
/// texts and arrays the value holds (copying results into sasaran and views' rows was a tenth of computing an
/// agency, issue 22).
///
///     let figures = Shared((name: "IKU 1", values: [1, 2]))  // copies of `figures` share the one tuple
///     figures.value.name  // "IKU 1"
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
