/// A place name or airport code the gazetteer does not know, with the nearest known names.
public struct GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as written.
    public let name: String
    /// Nearest known names or codes, best first (may be empty).
    public let suggestions: [String]

    /// Creates the error.
    public init(name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    /// `找不到地名或機場代碼「X」 / unknown place or airport code 'X'; nearest known: A, B, C`.
    public var description: String {
        let head = "找不到地名或機場代碼「\(name)」 / unknown place or airport code '\(name)'"
        guard !suggestions.isEmpty else { return head }
        return head + "; nearest known: " + suggestions.joined(separator: ", ")
    }
}
