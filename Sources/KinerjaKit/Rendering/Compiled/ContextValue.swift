import Mustache

/// The values of a template context as swift-mustache sees them, for the compiled renderer.
///
/// kinerja's contexts are `[String: Any]` trees of strings, true/false, dictionaries and lists. Those types
/// are recognised by their exact type and read directly (one type comparison, no protocol lookups); any
/// other value (a number, an Optional, a struct) goes the way swift-mustache takes every value: its
/// `MustacheCustomRepresentation`, `MustacheParent`, `Mirror`, `MustacheSequence`, `MustacheCustomRenderable`
/// casts, in its order. The fast ways give what that way gives for their types (a String, a Bool or an
/// Array has no labelled Mirror child; a Dictionary is a `MustacheParent`; an Array a `MustacheSequence`).
/// Values swift-mustache would call — `MustacheLambda`, a `MustacheTemplate` — are not supported; kinerja's
/// contexts never hold them.
enum ContextValue {
    /// The types read directly.
    enum Kind {
        case string, bool, dictionary, labels, dictionaries, strings, list, labelLists, other
    }

    @inline(__always)
    static func kind(_ value: Any) -> Kind {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) { return .string }
        if type == ObjectIdentifier([String: Any].self) { return .dictionary }
        if type == ObjectIdentifier(Bool.self) { return .bool }
        if type == ObjectIdentifier([[String: Any]].self) { return .dictionaries }
        if type == ObjectIdentifier([String: String].self) { return .labels }
        if type == ObjectIdentifier([String].self) { return .strings }
        if type == ObjectIdentifier([Any].self) { return .list }
        if type == ObjectIdentifier([[String: String]].self) { return .labelLists }
        return .other
    }

    /// `name`'s value in `object` (swift-mustache's `_getImmediateChild`), nil when it has none.
    @inline(__always)
    static func child(_ name: String, of object: Any) -> Any? {
        switch kind(object) {
        case .dictionary: return (object as! [String: Any])[name]
        case .labels: return (object as! [String: String])[name]
        case .string, .bool, .dictionaries, .strings, .list, .labelLists: return nil
        case .other: return anyChild(name, of: object)
        }
    }

    private static func anyChild(_ name: String, of object: Any) -> Any? {
        let represented: Any?
        if let custom = object as? MustacheCustomRepresentation {
            represented = custom.representation
        } else {
            represented = object
        }
        if let parent = represented as? MustacheParent { return parent.child(named: name) }
        guard let represented, let match = Mirror(reflecting: represented).children.first(where: { $0.label == name })
        else { return nil }
        let mirror = Mirror(reflecting: match.value)
        guard mirror.displayStyle == .optional else { return match.value }
        return mirror.children.first?.value
    }

    /// A found value as swift-mustache uses it: a `MustacheCustomRepresentation` stands for its representation.
    @inline(__always)
    static func represented(_ value: Any) -> Any? {
        guard kind(value) == .other, let custom = value as? MustacheCustomRepresentation else { return value }
        return custom.representation
    }

    /// Looks `name` up in the context stack (innermost last), as swift-mustache's `getChild` does.
    static func find(_ name: CompiledName, in stack: [Any]) -> Any? {
        let parts = name.parts
        let top = stack[stack.count - 1]
        var found: Any?
        if parts.isEmpty {
            found = top
        } else if name.isLocal {
            found = descend(parts, from: 0, in: top)
        } else {
            var level = stack.count - 1
            while level >= 0 {
                if let first = child(parts[0], of: stack[level]) {
                    found = descend(parts, from: 1, in: first)
                    break
                }
                level -= 1
            }
        }
        return found.flatMap(represented)
    }

    @inline(__always)
    private static func descend(_ parts: [String], from start: Int, in object: Any) -> Any? {
        var current = object
        var index = start
        while index < parts.count {
            guard let next = child(parts[index], of: current) else { return nil }
            current = next
            index += 1
        }
        return current
    }

    /// The text a variable tag prints for `value`, before escaping; nil for a lambda.
    static func text(_ value: Any) -> String? {
        if kind(value) == .string { return (value as! String) }
        if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
        if value is MustacheLambda { return nil }
        return String(describing: unwrappingOptional(value))
    }

    /// swift-mustache's `unwrapIfAnyContainsOptional`.
    private static func unwrappingOptional(_ value: Any) -> Any {
        guard let optional = value as? AnyOptionalValue else { return value }
        return optional.wrappedAny ?? value
    }

    /// How a section treats a value, in swift-mustache's order: a sequence repeats for its items, a Bool
    /// decides, a null renderable is nothing, anything else is entered.
    enum SectionUse {
        /// A list of dictionaries, kinerja's usual list, kept as it is (no conversion to `[Any]`).
        case dictionaries([[String: Any]])
        /// Any other sequence: its items, and the sequence itself (what an inverted section over an empty
        /// one enters, as swift-mustache does).
        case items([Any], sequence: Any)
        case flag(Bool)
        case null
        case enter
    }

    static func sectionUse(_ value: Any) -> SectionUse {
        switch kind(value) {
        case .string, .dictionary, .labels: return .enter
        case .bool: return .flag(value as! Bool)
        case .dictionaries: return .dictionaries(value as! [[String: Any]])
        case .strings: return .items((value as! [String]).map { $0 as Any }, sequence: value)
        case .list: return .items(value as! [Any], sequence: value)
        case .labelLists: return .items((value as! [[String: String]]).map { $0 as Any }, sequence: value)
        case .other:
            if let sequence = value as? any MustacheSequence {
                return .items(items(of: sequence), sequence: sequence as Any)
            }
            if let flag = value as? Bool { return .flag(flag) }
            if let renderable = value as? MustacheCustomRenderable, renderable.isNull { return .null }
            return .enter
        }
    }

    private static func items<S: Sequence>(of sequence: S) -> [Any] { sequence.map { $0 as Any } }
}

/// Tells an Optional inside an `Any` (swift-mustache's internal `AnyOptional`).
private protocol AnyOptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptionalValue {
    fileprivate var wrappedAny: Any? { self }
}
