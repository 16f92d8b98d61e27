import Foundation
import TripModel

/// An event or a leg as the rules see it: one shape with a start, an end and places. A class,
/// so that the per-member chains share one copy instead of copying places around.
final class Item {
    /// What the item is.
    enum Kind {
        case event(EventKind)
        case leg(TransportMode)
    }

    let id: String
    /// Plan order: events first, then legs, each in the order written.
    let index: Int
    let kind: Kind
    let title: String
    let start: Moment
    let end: Moment?
    /// Where it starts: the event's place or the leg's origin.
    let from: Spot?
    /// Where it ends: the event's place or the leg's destination.
    let to: Spot?
    /// Member ids taking part (the empty list already expanded to everyone).
    let participants: [String]
    /// For a leg known only to leave within a range of dates, the last of them (day number).
    let latestDay: Int?
    /// The day the item is placed on in the members' chains: its start date, or for a leg that
    /// leaves within a range the day `Chain` works out from where the members are.
    var day: Int

    init(
        id: String,
        index: Int,
        kind: Kind,
        title: String,
        start: Moment,
        end: Moment?,
        from: Spot?,
        to: Spot?,
        participants: [String],
        latestDay: Int? = nil
    ) {
        self.id = id
        self.index = index
        self.kind = kind
        self.title = title
        self.start = start
        self.end = end
        self.from = from
        self.to = to
        self.participants = participants
        self.latestDay = latestDay
        self.day = start.date.dayNumber
    }

    var isLeg: Bool {
        if case .leg = kind { return true }
        return false
    }

    var mode: TransportMode? {
        if case let .leg(mode) = kind { return mode }
        return nil
    }

    /// The absolute start, when a clock time is known.
    var startInstant: Date? { start.instant }

    /// The absolute end, when a clock time is known and not before the start.
    var endInstant: Date? {
        guard let e = end?.instant else { return nil }
        if let s = start.instant, e < s { return nil }
        return e
    }

    /// The latest known instant of the item: its end, else its start.
    var lastInstant: Date? { endInstant ?? startInstant }

    /// The local dates the item touches, first to last (a leg across the date line may land
    /// on an earlier date than it left).
    var dates: ClosedRange<Int> {
        let a = start.date.dayNumber
        let b = max(end?.date.dayNumber ?? a, latestDay ?? a)
        return min(a, b)...max(a, b)
    }

    /// The part of the day a date-only item is known by (上午、下午…).
    var part: DayPart? { start.part }

    /// Ground legs count towards the daily ground-travel limit.
    var isGroundLeg: Bool {
        switch mode {
        case .rail, .bus, .car, .walk: true
        default: false
        }
    }
}
