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
        Locale.Region.isoRegions.map(\.identifier).filter { $0.utf8.count == 2 })
    private static let zhLocale = Locale(identifier: "zh_Hant_TW")
    private static let enLocale = Locale(identifier: "en_US")

    /// Country name without an instance (the names come from the system's CLDR data).
    public static func countryName(_ code: String, lang: Lang) -> String {
        let upper = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if let fixed = countryOverrides[lang]?[upper] { return fixed }
        let locale = lang == .zh ? zhLocale : enLocale
        guard knownRegions.contains(upper), let name = locale.localizedString(forRegionCode: upper), name != upper else {
            return upper
        }
        return name
    }
}
