import TripModel

/// A sentence in zh-Hant and in English.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// Traditional Chinese (Taiwan).
    public var zh: String
    /// English.
    public var en: String

    /// Creates a text in both languages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in a language.
    public func text(_ lang: Lang) -> String { lang == .zh ? zh : en }
}
