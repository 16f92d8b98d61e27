/// Lookups over a delegation's parts.
extension Delegation {
    /// The place with an id.
    public func place(_ id: String?) -> Place? {
        guard let id else { return nil }
        return places.first { $0.id == id }
    }

    /// The home place.
    public var home: Place? { place(homeID) }

    /// The home zone (Taipei when the home place is missing).
    public var homeZone: Zone { home?.zone ?? .taipei }

    /// The member with an id.
    public func member(_ id: String) -> Member? { members.first { $0.id == id } }

    /// The leader, when one is named.
    public var leader: Member? { members.first { $0.role == .leader } }

    /// Every date of the trip, first to last.
    public var days: [LocalDate] { start.through(end) }

    /// Member ids taking part in an item whose participant list may be empty (= everyone).
    public func participants(_ listed: [String]) -> [String] {
        listed.isEmpty ? members.map(\.id) : listed
    }

    /// The itinerary type of a leg: its own, or 啟程 / 歸國 / 交通移動 from the home country.
    public func kind(of leg: Leg) -> EventKind {
        if let kind = leg.kind { return kind }
        let homeCountry = home?.country
        if let homeCountry, place(leg.fromID)?.country == homeCountry { return .departure }
        if let homeCountry, place(leg.toID)?.country == homeCountry { return .return }
        return .transfer
    }

    /// 出國人數: the plan's headcount when it gives one, else the number of members.
    public var travellerCount: Int { max(headcount ?? 0, members.count) }

    /// `張峯源局長等 4 人`: the cover's 姓名職稱 (`…等 15 人` when 15 travelled and fewer are named).
    public var namesAndTitles: String {
        guard let first = leader ?? members.first else { return "" }
        let head = "\(first.name)\(first.title)"
        return travellerCount > 1 ? "\(head)等 \(travellerCount) 人" : head
    }
}

extension Delegation {
    /// The report is due three months after the day of return (the national rule); when that
    /// month is shorter, the last day of the month.
    public var reportDue: LocalDate {
        var month = end.month + 3
        var year = end.year
        if month > 12 {
            month -= 12
            year += 1
        }
        let day = min(end.day, LocalDate.daysIn(month: month, year: year))
        return LocalDate(year: year, month: month, day: day) ?? end.adding(days: 92)
    }
}
