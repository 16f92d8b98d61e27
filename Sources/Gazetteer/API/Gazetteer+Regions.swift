import Foundation
import TripModel

// First-level regions (states, prefectures, provinces) and the cities that share one name.
extension Gazetteer {
    /// The region of a country with a GeoNames admin1 code.
    public func region(country: String, code: String) -> Region? {
        regions.first { $0.country == country && $0.code == code }
    }

    /// The region a city is in, when its name is known.
    public func region(of city: City) -> Region? {
        city.admin1.flatMap { region(country: city.country, code: $0) }
    }

    /// Regions whose name, code or short form is `text` (`MA`, `Massachusetts`, `麻州`, `東京`),
    /// in `country` when one is given.
    public func regions(named text: String, country: String? = nil) -> [Region] {
        let wanted = Gazetteer.regionKeys(text)
        guard !wanted.isEmpty else { return [] }
        return regions.filter { r in
            (country == nil || r.country == country) && r.names.contains { !Gazetteer.regionKeys($0).isDisjoint(with: wanted) }
        }
    }

    /// The best city of a name in a region (named or coded) or, when `region` names a country
    /// (`US`, `Japan`, `日本`), in that country.
    public func city(named text: String, country: String?, region: String) -> City? {
        let candidates = cities(named: text).filter { country == nil || $0.country == country }
        let inRegions = Set(regions(named: region, country: country).map { "\($0.country)|\($0.code)" })
        if let hit = candidates.first(where: { c in c.admin1.map { inRegions.contains("\(c.country)|\($0)") } ?? false }) {
            return hit
        }
        // A region with no names in the table can still be given by its admin1 code.
        let code = Gazetteer.trimmed(region).uppercased()
        if let hit = candidates.first(where: { $0.admin1?.uppercased() == code && Gazetteer.countryCode(region) == nil }) {
            return hit
        }
        let countries = Gazetteer.countryCodes(named: region, among: Set(candidates.map(\.country)))
        return candidates.first { countries.contains($0.country) }
    }

    /// The cities a name is the own name, alias or translation of (not merely an alternate), in
    /// `country` when one is given, best first: the candidates a plan may have meant.
    public func namesakes(of text: String, country: String? = nil) -> [City] {
        let wanted = country?.uppercased()
        var seen = Set<Int>()
        return ownCityIDs(named: Gazetteer.trimmed(Gazetteer.halfWidth(text))).compactMap { id in
            guard seen.insert(id).inserted, let c = city(id: id), wanted == nil || c.country == wanted else { return nil }
            return c
        }
    }

    /// `Cambridge, MA (US)`-style labels of a name's namesakes, for messages.
    func namesakeLabels(_ text: String, country: String?) -> [String] {
        namesakes(of: text, country: country).prefix(5).map { c in
            let where_ = [c.admin1.flatMap { region(country: c.country, code: $0)?.name ?? $0 }, c.country]
                .compactMap { $0 }.joined(separator: ", ")
            return "\(c.name) (\(where_))"
        }
    }

    /// `Cambridge, MA` → (`Cambridge`, `MA`): a name and what follows its last comma (ASCII or
    /// full-width, or 、), when both are there.
    static func qualified(_ text: String) -> (name: String, qualifier: String)? {
        guard let cut = text.lastIndex(where: { $0 == "," || $0 == "，" || $0 == "、" }) else { return nil }
        let name = trimmed(String(text[..<cut]))
        let qualifier = trimmed(String(text[text.index(after: cut)...]))
        guard !name.isEmpty, !qualifier.isEmpty else { return nil }
        return (name, qualifier)
    }

    /// The keys a region name is matched by: the name's key, and the key without a trailing word
    /// for the kind of region (州、縣、県、府、都、道、省; State, Prefecture, Province, -do).
    static func regionKeys(_ text: String) -> Set<String> {
        var t = trimmed(text)
        for word in [" state", " prefecture", " province", " territory", "-do", " do"] where t.lowercased().hasSuffix(word) {
            t = String(t.dropLast(word.count))
        }
        let key = NameKey.key(t)
        guard !key.isEmpty else { return [] }
        var keys: Set<String> = [key]
        let scalars = key.unicodeScalars
        if scalars.count >= 3, let last = scalars.last, "州縣県府都道省".unicodeScalars.contains(last) {
            keys.insert(String(String.UnicodeScalarView(scalars.dropLast())))
        }
        return keys
    }

    /// An ISO alpha-2 code written as such (`US`, `jp`), or `UK` for GB.
    static func countryCode(_ text: String) -> String? {
        let t = trimmed(text).uppercased()
        if t == "UK" { return "GB" }
        guard t.utf8.count == 2, t.utf8.allSatisfy(isASCIILetter) else { return nil }
        return t
    }

    /// Of some country codes, those `text` names: by code, or by name in zh-Hant or English.
    static func countryCodes(named text: String, among codes: Set<String>) -> Set<String> {
        if let code = countryCode(text) { return codes.contains(code) ? [code] : [] }
        let key = NameKey.key(text)
        return codes.filter { code in
            [Lang.zh, .en].contains { NameKey.key(countryName(code, lang: $0)) == key }
                || (code == "US" && ["usa", "unitedstatesofamerica", "美國"].contains(key))
        }
    }

    /// regions.tsv: country admin1 name zh names; an absent file gives no regions.
    static func readRegions(_ url: URL) -> [Region] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> Region? in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else { return nil }
            return Region(
                country: f[0],
                code: f[1],
                name: f[2],
                zhName: f[3].isEmpty ? nil : f[3],
                names: f[4].split(separator: ",").map(String.init)
            )
        }
    }
}
