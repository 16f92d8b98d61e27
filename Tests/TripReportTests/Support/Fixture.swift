import Foundation
import TripModel

/// Small helpers for building delegations in tests.
enum Fixture {
    static let tokyo = Zone("Asia/Tokyo") ?? .utc
    static let newYork = Zone("America/New_York") ?? .utc

    static func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate {
        LocalDate(year: y, month: m, day: d) ?? LocalDate(dayNumber: 0)
    }

    static func event(
        _ id: String,
        _ kind: EventKind,
        _ title: String,
        _ day: LocalDate,
        place: String,
        zone: Zone = tokyo,
        host: String? = nil,
        people: [Counterpart] = [],
        themes: [String] = [],
        notes: [String] = [],
        photos: [String] = [],
        outcomes: [Outcome] = []
    ) -> Event {
        Event(
            id: id,
            kind: kind,
            title: title,
            host: host,
            counterparts: people,
            placeID: place,
            start: Moment(date: day, zone: zone),
            themes: themes,
            notes: notes.map { Note(text: $0) },
            photos: photos.enumerated().map { Photo(file: "photos/\(id)-\($0.offset + 1).jpg", caption: $0.element) },
            outcomes: outcomes
        )
    }

    static func place(
        _ id: String,
        _ name: String,
        city: String,
        country: String,
        zone: Zone,
        airport: String? = nil
    ) -> Place {
        Place(id: id, name: name, city: city, country: country, zone: zone, airportCode: airport)
    }

    /// Every photo and clipping path a delegation names.
    static func imagePaths(_ d: Delegation) -> [String] {
        d.events.flatMap { $0.photos.compactMap(\.file) } + d.press.compactMap(\.image)
    }
}
