import TripModel

/// A city from GeoNames `cities15000` (population above 15,000), with its CJK names.
public struct City: Hashable, Sendable {
    /// GeoNames id.
    public let id: Int
    /// Primary name, in Latin script (`Kumamoto`).
    public let name: String
    /// Traditional Chinese name (Taiwan usage) when known (`熊本`, `紐約`).
    public let zhName: String?
    /// Japanese name when known (`熊本`, `ボストン`).
    public let jaName: String?
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// GeoNames first-level division code (a US state such as `NH`, a JP prefecture number).
    public let admin1: String?
    /// IANA zone of the city.
    public let zone: Zone
    /// Coordinates (4 decimals).
    public let point: GeoPoint
    /// Population as GeoNames records it.
    public let population: Int
    /// Korean name, for Korean cities (`서울`, `부산`).
    public let koName: String?

    /// Creates a city.
    public init(
        id: Int,
        name: String,
        zhName: String?,
        jaName: String?,
        country: String,
        admin1: String?,
        zone: Zone,
        point: GeoPoint,
        population: Int,
        koName: String? = nil
    ) {
        self.id = id
        self.name = name
        self.zhName = zhName
        self.jaName = jaName
        self.country = country
        self.admin1 = admin1
        self.zone = zone
        self.point = point
        self.population = population
        self.koName = koName
    }

    /// The name in the city's own script where it is not Latin: kanji or kana in Japan,
    /// Hangul in Korea; nil elsewhere.
    public var localName: String? {
        switch country {
        case "JP": jaName
        case "KR": koName
        default: nil
        }
    }

    /// The name to show in a language: zh-Hant when known for `.zh`, else the primary name.
    public func displayName(_ lang: Lang) -> String { displayNames.text(lang) }

    /// The names to show: zh-Hant when known, else the primary name in both.
    public var displayNames: LocalizedText { LocalizedText(zh: zhName ?? name, en: name) }
}
