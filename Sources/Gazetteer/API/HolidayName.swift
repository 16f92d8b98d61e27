import TripModel

/// A public holiday's name in the user's languages and in the country's own.
public struct HolidayName: Hashable, Sendable {
    /// As the country writes it (`부처님오신날 대체 휴일`, `敬老の日`).
    public let local: String
    /// Traditional Chinese, Taiwan usage (`佛誕節補假`).
    public let zh: String
    /// English (`Alternative holiday for Buddha's Birthday`).
    public let en: String

    /// Creates a name.
    public init(local: String, zh: String, en: String) {
        self.local = local
        self.zh = zh
        self.en = en
    }

    /// The name in a language, with the local name in brackets where it differs:
    /// `佛誕節補假（부처님오신날 대체 휴일）`, `Respect for the Aged Day (敬老の日)`.
    public func text(_ lang: Lang) -> String { names.text(lang) }

    /// The name in both languages, each with the local name in brackets where it differs.
    public var names: LocalizedText {
        LocalizedText(zh: local == zh ? zh : "\(zh)（\(local)）", en: local == en ? en : "\(en) (\(local))")
    }
}
