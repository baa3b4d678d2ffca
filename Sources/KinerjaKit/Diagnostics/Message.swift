/// A sentence for the user in both of kinerja's languages. Every diagnostic and every line the tool
/// prints is one of these, written at its call site, so neither language can be forgotten:
/// `Message("polaritas \"naik\" is not one of …", id: "kolom polaritas berisi \"naik\"; isi dengan …")`.
/// Which one is shown is decided once per run (`MessageLanguage`).
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public let en: String
    public let id: String

    public init(_ en: String, id: String) {
        self.en = en
        self.id = id
    }

    public func text(_ language: Language) -> String { language == .id ? id : en }

    /// English, for logs and test failures.
    public var description: String { en }

    /// The two messages one after the other, in each language.
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(lhs.en + rhs.en, id: lhs.id + rhs.id)
    }
}

extension Message {
    /// Words a cell may hold, for "write one of these": `positif, negatif or rentang` /
    /// `positif, negatif, atau rentang`.
    public static func alternatives(_ words: [String]) -> Message {
        guard words.count > 1 else { return Message(words.first ?? "", id: words.first ?? "") }
        let head = words.dropLast().joined(separator: ", ")
        return Message("\(head) or \(words.last!)", id: "\(head)\(words.count > 2 ? "," : "") atau \(words.last!)")
    }
}

/// An error that is one message (its location included), printed in either language; English in logs.
public protocol BilingualError: Error, CustomStringConvertible {
    var message: Message { get }
}

extension BilingualError {
    public var description: String { message.en }
    public func text(_ language: Language) -> String { message.text(language) }
}
