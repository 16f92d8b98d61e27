import TripModel

/// A place name or airport code the gazetteer does not know, with the nearest known names.
public struct GazetteerError: UserFacingError, Hashable, CustomStringConvertible {
    /// The text as written.
    public let name: String
    /// Nearest known names or codes, best first (may be empty).
    public let suggestions: [String]

    /// Creates the error.
    public init(name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    /// What was not found and, when there are any, the nearest known names.
    public var message: LocalizedText {
        let head = LocalizedText(zh: "找不到地名或機場代碼「\(name)」", en: "unknown place or airport code '\(name)'")
        guard !suggestions.isEmpty else { return head }
        return LocalizedText(
            zh: head.zh + "；最接近的是：" + suggestions.joined(separator: "、"),
            en: head.en + "; nearest known: " + suggestions.joined(separator: ", ")
        )
    }

    /// `找不到地名或機場代碼「X」 / unknown place or airport code 'X'; nearest known: A, B, C`: both
    /// languages on one line, for logs.
    public var description: String {
        let head = LocalizedText(zh: "找不到地名或機場代碼「\(name)」", en: "unknown place or airport code '\(name)'")
        guard !suggestions.isEmpty else { return head.zh + " / " + head.en }
        return head.zh + " / " + message.en
    }
}
