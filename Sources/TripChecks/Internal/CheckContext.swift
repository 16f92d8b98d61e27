import Foundation
import Gazetteer
import TripModel

/// Everything the rules share for one delegation: indexes built once, so that no rule has to
/// search a list inside a loop.
final class CheckContext {
    let delegation: Delegation
    let settings: CheckSettings
    let today: LocalDate
    let holidays: HolidayTable
    let gazetteer: Gazetteer
    let clock = ZoneClock()
    /// Thresholds read once.
    let limits: Thresholds
    let places: [String: Spot]
    let memberIDs: Set<String>
    /// Events then legs, in plan order: `items[k]` is `delegation.events[k]` for every event.
    let items: [Item]
    /// Each member's items in the order they happen (see `Chain`).
    private(set) var chains: [String: [Item]] = [:]
    /// The same chains, once per group of members who share every item.
    private(set) var chainGroups: [(members: [String], chain: [Item])] = []
    /// Formatted times of items already named in a message, in both languages, by item index.
    var whenCache: [Int: LocalizedText] = [:]
    /// Zone abbreviations by zone and offset.
    var abbreviations: [ZoneOffset: String] = [:]
    /// Dates as messages write them, in both languages, by day number.
    var dateTexts: [Int: LocalizedText] = [:]
    /// What kind of body each name says it is (`bodyType(of:)`), by name.
    var bodyTypes: [String: BodyType?] = [:]
    /// The gazetteer's answers for the city names of this plan (`city(named:country:)`).
    var cityAnswers: [String: City?] = [:]
    /// The gazetteer's namesakes of the city names of this plan (`namesakes(of:)`).
    var namesakeAnswers: [String: [City]] = [:]

    init(delegation: Delegation, today: LocalDate, holidays: HolidayTable, gazetteer: Gazetteer = .shared) {
        self.delegation = delegation
        self.settings = delegation.checks
        self.limits = Thresholds(delegation.checks)
        self.today = today
        self.holidays = holidays
        self.gazetteer = gazetteer
        var places: [String: Spot] = [:]
        for place in delegation.places where places[place.id] == nil { places[place.id] = Spot(place) }
        self.places = places
        let everyone = delegation.members.map(\.id)
        self.memberIDs = Set(everyone)
        func expand(_ listed: [String]) -> [String] { listed.isEmpty ? everyone : listed }
        var items: [Item] = []
        items.reserveCapacity(delegation.events.count + delegation.legs.count)
        for event in delegation.events {
            let place = event.placeID.flatMap { places[$0] }
            items.append(
                Item(
                    id: event.id,
                    index: items.count,
                    kind: .event(event.kind),
                    title: event.title,
                    start: event.start,
                    end: event.end,
                    from: place,
                    to: place,
                    participants: expand(event.participants)
                )
            )
        }
        for leg in delegation.legs {
            items.append(
                Item(
                    id: leg.id,
                    index: items.count,
                    kind: .leg(leg.mode),
                    title: CheckContext.legTitle(leg, places: places),
                    start: leg.departure,
                    end: leg.arrival,
                    from: places[leg.fromID],
                    to: places[leg.toID],
                    participants: expand(leg.participants),
                    latestDay: leg.departBy?.dayNumber
                )
            )
        }
        self.items = items
        // Items per member by roster position; an item for everyone needs no look-up.
        var index: [String: Int] = [:]
        for (k, id) in everyone.enumerated() where index[id] == nil { index[id] = k }
        var lists = Array(repeating: [Item](), count: everyone.count)
        let listedCount = delegation.events.count
        for item in items {
            let listed =
                item.index < listedCount
                ? delegation.events[item.index].participants
                : delegation.legs[item.index - listedCount].participants
            if listed.isEmpty {
                for k in lists.indices { lists[k].append(item) }
            } else {
                for member in listed { if let k = index[member] { lists[k].append(item) } }
            }
        }
        var perMember: [String: [Item]] = [:]
        for (k, id) in everyone.enumerated() where !lists[k].isEmpty && perMember[id] == nil { perMember[id] = lists[k] }
        // Members who share every item (the usual case: everyone goes everywhere) share one
        // chain, so the chain rules run once per group rather than once per member.
        var groups: [(list: [Item], members: [String])] = []
        var byFingerprint: [UInt64: [Int]] = [:]
        for member in delegation.members.map(\.id) {
            guard let list = perMember[member] else { continue }
            var fingerprint = UInt64(list.count)
            for item in list { fingerprint = (fingerprint &* 0x100_0000_01B3) ^ UInt64(item.index) }
            let same = byFingerprint[fingerprint]?.first { k in
                groups[k].list.count == list.count && zip(groups[k].list, list).allSatisfy { $0.index == $1.index }
            }
            if let k = same {
                groups[k].members.append(member)
            } else {
                byFingerprint[fingerprint, default: []].append(groups.count)
                groups.append((list, [member]))
            }
        }
        var chains: [String: [Item]] = [:]
        var chainGroups: [(members: [String], chain: [Item])] = []
        for (list, members) in groups {
            let chain = Chain.order(list, travel: self)
            chainGroups.append((members, chain))
            for member in members { chains[member] = chain }
        }
        self.chains = chains
        self.chainGroups = chainGroups
    }

    /// A threshold from the plan (clamped into its range) or its default.
    func number(_ threshold: Threshold) -> Double { settings.number(threshold) }

    /// Member ids of an item list (empty = everyone).
    func participants(_ listed: [String]) -> [String] {
        listed.isEmpty ? delegation.members.map(\.id) : listed
    }

    /// The trip's first and last instants: home-zone midnight of the first day to the end of the last.
    var tripSpan: (start: Date, end: Date) {
        (
            clock.startOfDay(delegation.start, in: delegation.homeZone),
            clock.endOfDay(delegation.end, in: delegation.homeZone)
        )
    }

    /// The home place, when the plan has one.
    var home: Spot? { places[delegation.homeID] }

    /// Buffer minutes before departure and after arrival for a mode.
    func buffers(_ mode: TransportMode) -> (before: Double, after: Double) {
        limits.buffers[mode] ?? (0, 0)
    }

    /// `JX840 桃園→福岡`, or the mode when the leg has no number.
    static func legTitle(_ leg: Leg, places: [String: Spot]) -> String {
        let from = places[leg.fromID].map(shortName) ?? leg.fromID
        let to = places[leg.toID].map(shortName) ?? leg.toID
        let head = leg.number ?? leg.carrier ?? leg.mode.zh
        return "\(head) \(from)→\(to)"
    }

    private static func shortName(_ place: Spot) -> String { place.airportCode ?? place.name }
}
