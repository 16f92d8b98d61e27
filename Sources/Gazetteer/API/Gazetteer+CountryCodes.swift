import Foundation
import TripModel

// Country codes as plans write them (`countries: [JP]`, a place's `country: JP`).
extension Gazetteer {
    /// True when `code` is an ISO 3166 alpha-2 code the system knows (`JP`, `US`).
    public static func isCountryCode(_ code: String) -> Bool { codesByName.codes.contains(code.uppercased()) }

    /// The alpha-2 code of a country written by its name in zh-Hant or English (`日本`,
    /// `Japan`, `台灣`), for the message that asks for the code instead.
    public static func countryCode(named name: String) -> String? {
        codesByName.byName[Gazetteer.nameKey(name)]
    }

    private static func nameKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "台", with: "臺")
    }

    /// Codes, and names (as `countryName` gives them, in both languages) to codes, built once.
    private static let codesByName: (codes: Set<String>, byName: [String: String]) = {
        let codes = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.utf8.count == 2 })
        var byName: [String: String] = [:]
        for code in codes.sorted() {
            for lang in Lang.allCases {
                let name = countryName(code, lang: lang)
                if name != code, byName[nameKey(name)] == nil { byName[nameKey(name)] = code }
            }
        }
        return (codes, byName)
    }()
}
