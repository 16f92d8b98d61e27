import Foundation
import TripModel

// Country names for reports (派赴國家) and messages.
extension Gazetteer {
    /// The name of a country from its ISO alpha-2 code: `JP` → `日本` (zh-Hant, Taiwan usage) or
    /// `Japan`; the code itself when unknown.
    public func countryName(_ code: String, lang: Lang) -> String {
        Gazetteer.countryName(code, lang: lang)
    }

    /// Where Taiwanese official usage differs from CLDR's zh_Hant_TW or en names.
    static let countryOverrides: [Lang: [String: String]] = [
        .zh: ["TW": "臺灣", "KR": "韓國"],
        .en: ["CN": "China"],
    ]

    /// ISO region codes the system knows (two letters only: no `001` world regions).
    private static let knownRegions: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.utf8.count == 2 }
    )
    /// The locale whose CLDR names each language uses.
    private static let locales: [Lang: Locale] = [.zh: Locale(identifier: "zh_Hant_TW"), .en: Locale(identifier: "en_US")]

    /// Country name without an instance (the names come from the system's CLDR data).
    public static func countryName(_ code: String, lang: Lang) -> String {
        let upper = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if let fixed = countryOverrides[lang]?[upper] { return fixed }
        guard knownRegions.contains(upper), let name = locales[lang]?.localizedString(forRegionCode: upper), name != upper else {
            return upper
        }
        return name
    }

    /// The country's name in both languages (`JP` → 日本 / Japan); the code itself when unknown.
    public static func countryNames(_ code: String) -> LocalizedText {
        LocalizedText(zh: countryName(code, lang: .zh), en: countryName(code, lang: .en))
    }
}
