import Foundation

// Nearest known names for text that matched nothing.
extension Gazetteer {
    /// Up to `limit` known city names and airport codes nearest to `text` by edit distance
    /// (after the same normalisation as matching), nearest first, then most populous. A city is
    /// named as the text was written: its zh-Hant (or Japanese) name for CJK text, else its own.
    public func suggestions(for text: String, limit: Int) -> [String] {
        suggestions(for: text, limit: limit, country: nil)
    }

    /// Suggestions among cities of one country; a city of exactly that name elsewhere comes
    /// first, written with its country (`Boston (US)`).
    func suggestions(for text: String, limit: Int, country: String?) -> [String] {
        guard limit > 0 else { return [] }
        let wanted = country?.uppercased()
        let trimmed = Gazetteer.trimmed(text)
        let index = suggestionIndex.get { SuggestionIndex(names: nameTable, airports: airportTable) }
        var scored: [(distance: Int, weight: Int, label: String, city: Int?)] = []

        if wanted != nil {
            for other in cities(named: trimmed) where other.country != wanted {
                scored.append((0, other.population, "\(other.name) (\(other.country))", other.id))
            }
        }
        let key = NameKey.key(trimmed)
        let cjk = trimmed.unicodeScalars.contains { $0.value >= 0x2E80 }
        if !key.isEmpty {
            for near in index.nearNames(key.unicodeScalars.map(\.value)) {
                guard let city = bestCity(inNameRecord: near.record, country: wanted) else { continue }
                let label = cjk ? (city.zhName ?? city.jaName ?? nameLabel(near.record)) : city.name
                scored.append((near.distance, city.population, label, city.id))
            }
        }
        if Gazetteer.looksLikeCode(trimmed) {
            for near in index.nearCodes(trimmed.uppercased().unicodeScalars.map(\.value)) {
                guard let airport = airport(at: near.record), wanted == nil || airport.country == wanted else { continue }
                let served = city(named: airport.city, country: airport.country)
                scored.append((near.distance, served?.population ?? 0, near.code, nil))
            }
        }

        scored.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if a.weight != b.weight { return a.weight > b.weight }
            return a.label < b.label
        }
        var labels: [String] = []
        var seenLabels = Set<String>()
        var seenCities = Set<Int>()
        for entry in scored where labels.count < limit {
            if let id = entry.city, !seenCities.insert(id).inserted { continue }
            if seenLabels.insert(entry.label).inserted { labels.append(entry.label) }
        }
        return labels
    }

    /// The name as the data writes it (the key when no other form is stored).
    private func nameLabel(_ start: Int) -> String {
        let f = nameTable.fields(at: start)
        return f.count > 1 && !f[1].isEmpty ? f[1] : f[0]
    }

    /// The first city of a name record, or the first in `country` when one is given.
    private func bestCity(inNameRecord start: Int, country: String?) -> City? {
        for id in ids(inNameRecord: start) {
            guard let city = city(id: id) else { continue }
            if country == nil || city.country == country { return city }
        }
        return nil
    }
}
