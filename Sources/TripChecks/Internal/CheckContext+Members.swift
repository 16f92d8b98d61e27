import TripModel

/// Members as messages name them.
extension CheckContext {
    /// Member ids in 項次 order, unknown ids last.
    func inRosterOrder(_ ids: some Sequence<String>) -> [String] {
        var order: [String: Int] = [:]
        for (i, m) in delegation.members.enumerated() where order[m.id] == nil { order[m.id] = i }
        return Set(ids).sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
    }

    /// `張峯源、洪青瑞` (ids of unknown members as written).
    func namesZH(_ ids: [String]) -> String {
        ids.map { memberName($0) }.joined(separator: "、")
    }

    /// `張峯源, 洪青瑞`.
    func namesEN(_ ids: [String]) -> String {
        ids.map { memberName($0) }.joined(separator: ", ")
    }

    private func memberName(_ id: String) -> String {
        delegation.members.first { $0.id == id }?.name ?? id
    }

    /// True when a place is in the home country (or near home when countries are unknown).
    func isHome(_ place: Spot?) -> Bool {
        guard let place else { return true }
        guard let home else { return true }
        if let a = home.country, let b = place.country { return a == b }
        if let d = distance(home, place) { return d <= limits.continuityKm }
        return true
    }

    /// A place's name for messages: its own in zh-Hant, its English (else local) name in English.
    func placeName(_ place: Spot?) -> LocalizedText {
        guard let place else { return LocalizedText(zh: "（未知地點）", en: "(unknown place)") }
        return LocalizedText(zh: place.name, en: place.englishName ?? place.localName ?? place.name)
    }
}
