import Foundation
import TripModel

/// What is happening now and next, in the zone where the delegation is.
///
/// The zone is the arrival zone of the last leg that has left by now (home before the first).
/// A timed item is current from its start to its end (or to the next item's start); on a day
/// of date-only items (the seed has no clock times), the current meeting is the day's first
/// event with nothing logged yet (all logged: the latest started timed one, else the first),
/// and the user can pick another.
public struct TodayPlan: Sendable {
    /// The delegation.
    public let delegation: Delegation
    /// The instant it is now.
    public let now: Date

    /// Whose day it is: a member's id (their items only; on a split day, the meeting they
    /// attend), or nil for the whole delegation.
    public let member: String?

    /// Today of a delegation at an instant, for one member or (nil) everyone.
    public init(delegation: Delegation, now: Date, member: String? = nil) {
        self.delegation = delegation
        self.now = now
        self.member = member
    }

    /// The zone the delegation is in now.
    public var zone: Zone {
        var zone = delegation.homeZone
        let ordered = delegation.legs.sorted { departs($0) < departs($1) }
        for leg in ordered where departs(leg) <= now {
            zone = delegation.place(leg.toID)?.zone ?? leg.arrival?.zone ?? zone
        }
        return zone
    }

    /// The local date there.
    public var today: LocalDate { Moment(instant: now, zone: zone).date }

    /// Today's items in order: with a member, only those they take part in (an empty
    /// participant list is everyone).
    public var items: [ItineraryItem] {
        let all = delegation.itinerary().first { $0.date == today }?.items ?? []
        guard let member else { return all }
        return all.filter { item in
            switch item {
            case let .event(e): e.participants.isEmpty || e.participants.contains(member)
            case let .leg(l): l.participants.isEmpty || l.participants.contains(member)
            }
        }
    }

    /// The current event: the one picked (any event of the delegation, on any day: a pick is
    /// never replaced by another), else a timed one in progress, else the first unlogged one
    /// today, else the last.
    public func current(picked: String?) -> Event? {
        if let picked { return delegation.events.first { $0.id == picked } }
        let events = items.compactMap { item -> Event? in if case let .event(e) = item { return e } else { return nil } }
        for (i, e) in events.enumerated() {
            guard let start = e.start.instant, start <= now else { continue }
            let end = e.end?.instant ?? events.dropFirst(i + 1).compactMap(\.start.instant).first ?? start.addingTimeInterval(3600)
            if now < end { return e }
        }
        if let open = events.first(where: { !$0.start.isTimed && !$0.hasLoggedMaterial }) { return open }
        return events.last { $0.start.instant.map { $0 <= now } ?? false } ?? events.first
    }

    /// Items after the current one (or, when timed, starting after now).
    public func next(after current: Event?) -> [ItineraryItem] {
        guard let current, let index = items.firstIndex(where: { $0.id == current.id }) else {
            return items.filter { start(of: $0).map { $0 > now } ?? true }
        }
        return Array(items[(index + 1)...])
    }

    private func start(of item: ItineraryItem) -> Date? {
        switch item {
        case let .event(e): e.start.instant
        case let .leg(l): l.departure.instant
        }
    }

    /// When a leg leaves, as an instant (date-only: the start of its day there).
    private func departs(_ leg: Leg) -> Date { leg.departure.instant ?? leg.departure.startOfDay }
}
