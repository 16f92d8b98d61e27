import TripModel

/// A first-level region of a country (a US state, a Japanese prefecture, a Korean province), by
/// its GeoNames admin1 code, with the names it is matched by.
public struct Region: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// GeoNames admin1 code (`MA`, `40` for Tokyo).
    public let code: String
    /// English name (`Massachusetts`).
    public let name: String
    /// Traditional Chinese name, Taiwan usage (`麻薩諸塞州`).
    public let zhName: String?
    /// Every name matched: code (US, GB), English, ASCII, zh-Hant, local and usual short forms.
    public let names: [String]

    /// Creates a region.
    public init(country: String, code: String, name: String, zhName: String?, names: [String]) {
        self.country = country
        self.code = code
        self.name = name
        self.zhName = zhName
        self.names = names
    }

    /// The name to show in a language.
    public func displayName(_ lang: Lang) -> String { displayNames.text(lang) }

    /// The names to show: zh-Hant when known, else the primary name in both.
    public var displayNames: LocalizedText { LocalizedText(zh: zhName ?? name, en: name) }
}
