import Foundation
import TripModel

/// The JSON form of a schedule.
struct ScheduleJSON: Encodable {
    struct Item: Encodable {
        var id: String, type: String, kind: String, title: String
        var date: String, start: String?, end: String?, zone: String
        var place: String?, to: String?, arrivalDate: String?, participants: [String]
        /// The part of the day (`afternoon`) of an item known only by it.
        var part: String? = nil
    }

    struct Day: Encodable {
        var date: String, roc: String, weekday: String, items: [Item], stays: [String]
    }

    var id: String, title: String, homeZone: String, days: [Day]

    init(_ d: Delegation, days: [ItineraryDay]) {
        id = d.id
        title = d.title
        homeZone = d.homeZone.identifier
        self.days = days.map { day in
            Day(
                date: day.date.iso,
                roc: ROCDate.long(day.date),
                weekday: ROCDate.weekday(day.date),
                items: day.items.map { item in
                    switch item {
                    case let .event(e):
                        return Item(
                            id: e.id,
                            type: "event",
                            kind: e.kind.rawValue,
                            title: e.title,
                            date: e.date.iso,
                            start: e.start.instant.map(ScheduleJSON.iso),
                            end: e.end?.instant.map(ScheduleJSON.iso),
                            zone: e.start.zone.identifier,
                            place: e.placeID,
                            to: nil,
                            arrivalDate: e.end?.date.iso,
                            participants: d.participants(e.participants),
                            part: e.start.part?.rawValue
                        )
                    case let .leg(l):
                        let title = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
                        return Item(
                            id: l.id,
                            type: "leg",
                            kind: d.kind(of: l).rawValue,
                            title: title.isEmpty ? l.mode.rawValue : title,
                            date: l.departure.date.iso,
                            start: l.departure.instant.map(ScheduleJSON.iso),
                            end: l.arrival?.instant.map(ScheduleJSON.iso),
                            zone: l.departure.zone.identifier,
                            place: l.fromID,
                            to: l.toID,
                            arrivalDate: l.arrival?.date.iso,
                            participants: d.participants(l.participants),
                            part: l.departure.part?.rawValue
                        )
                    }
                },
                stays: day.stays.map(\.id)
            )
        }
    }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
