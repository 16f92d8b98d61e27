import Foundation
import TripChecks
import TripModel

/// Places the tests travel between, with real coordinates and zones.
enum Places {
    static func make(
        _ id: String,
        _ name: String,
        _ lat: Double,
        _ lon: Double,
        _ zone: String,
        _ country: String,
        city: String? = nil,
        airport: String? = nil,
        organisation: String? = nil
    ) -> Place {
        Place(
            id: id,
            name: name,
            organisation: organisation,
            city: city ?? name,
            country: country,
            point: GeoPoint(latitude: lat, longitude: lon),
            zone: Zone(zone) ?? .taipei,
            airportCode: airport
        )
    }

    static let taichung = make("taichung", "臺中市", 24.1477, 120.6736, "Asia/Taipei", "TW")
    static let tpe = make("TPE", "桃園國際機場", 25.0777, 121.2328, "Asia/Taipei", "TW", city: "桃園", airport: "TPE")
    static let fuk = make("FUK", "福岡機場", 33.5859, 130.4507, "Asia/Tokyo", "JP", city: "福岡", airport: "FUK")
    static let kmj = make("KMJ", "熊本機場", 32.8373, 130.8551, "Asia/Tokyo", "JP", city: "熊本", airport: "KMJ")
    static let fukuoka = make("fukuoka", "福岡", 33.5902, 130.4017, "Asia/Tokyo", "JP")
    static let tenjin = make("tenjin", "天神", 33.5914, 130.3989, "Asia/Tokyo", "JP", city: "福岡")
    static let momochi = make("momochi", "百道", 33.5931, 130.3515, "Asia/Tokyo", "JP", city: "福岡")
    static let kumamoto = make("kumamoto", "熊本", 32.8031, 130.7079, "Asia/Tokyo", "JP")
    static let miyazaki = make("miyazaki", "宮崎", 31.9077, 131.4202, "Asia/Tokyo", "JP")
    static let aya = make("aya", "綾町", 31.9989, 131.2531, "Asia/Tokyo", "JP")
    static let miyakonojo = make("miyakonojo", "都城", 31.7196, 131.0617, "Asia/Tokyo", "JP")
    static let nichinan = make("nichinan", "日南", 31.6019, 131.3789, "Asia/Tokyo", "JP")
    static let sfo = make("SFO", "舊金山國際機場", 37.6213, -122.3790, "America/Los_Angeles", "US", city: "舊金山", airport: "SFO")
    static let sanFrancisco = make("sf", "舊金山", 37.7749, -122.4194, "America/Los_Angeles", "US")
    static let bos = make("BOS", "波士頓羅根機場", 42.3656, -71.0096, "America/New_York", "US", city: "波士頓", airport: "BOS")
    static let boston = make("boston", "波士頓", 42.3601, -71.0589, "America/New_York", "US")
    static let cambridge = make("cambridge", "劍橋", 42.3736, -71.1097, "America/New_York", "US", city: "波士頓")

    static let manchester = make("manchester", "曼徹斯特", 42.9956, -71.4548, "America/New_York", "US")
    static let newYork = make("newyork", "紐約", 40.7128, -74.0060, "America/New_York", "US")
    static let riyadh = make("riyadh", "利雅德", 24.7136, 46.6753, "Asia/Riyadh", "SA")

    static let all = [
        taichung, tpe, fuk, kmj, fukuoka, tenjin, momochi, kumamoto, miyazaki, aya, miyakonojo,
        nichinan, sfo, sanFrancisco, bos, boston, cambridge, manchester, newYork, riyadh,
    ]
}

/// Builds delegations in code: `try trip.event(...)` with local dates and times.
struct Trip {
    var delegation: Delegation

    init(start: String, end: String, members: Int = 2, leader: Bool = true) {
        let people = (1...max(1, members)).map { i in
            Member(
                id: "m\(i)",
                order: i,
                unit: "臺中市政府經濟發展局",
                title: i == 1 ? "局長" : "科長",
                name: "成員\(i)",
                role: i == 1 && leader ? .leader : .member
            )
        }
        delegation = Delegation(
            id: "test-trip",
            title: "測試出國計畫",
            category: .study,
            agency: "臺中市政府經濟發展局",
            homeID: "taichung",
            start: day(start),
            end: day(end),
            members: people,
            places: Places.all
        )
    }

    /// A moment from `2025-09-01` or `2025-09-01 10:00`, local at the place.
    static func moment(_ text: String, at placeID: String) throws -> Moment {
        let zone = Places.all.first { $0.id == placeID }?.zone ?? .taipei
        let parts = text.split(separator: " ")
        let time = parts.count > 1 ? LocalTime(text: String(parts[1])) : nil
        return try Moment(date: day(String(parts[0])), time: time, zone: zone)
    }

    mutating func event(
        _ id: String,
        _ kind: EventKind = .visit,
        at place: String,
        _ start: String,
        to end: String? = nil,
        title: String? = nil,
        host: String? = nil,
        participants: [String] = [],
        notes: [String] = []
    ) throws {
        let startMoment = try Trip.moment(start, at: place)
        let endMoment: Moment? = try end.map { e in
            // "11:30" means the same date as the start.
            try Trip.moment(e.contains("-") ? e : "\(start.prefix(10)) \(e)", at: place)
        }
        delegation.events.append(
            Event(
                id: id,
                kind: kind,
                title: title ?? id,
                host: host,
                placeID: place,
                start: startMoment,
                end: endMoment,
                participants: participants,
                notes: notes.map { Note(text: $0) }
            )
        )
    }

    mutating func leg(
        _ id: String,
        _ mode: TransportMode,
        _ from: String,
        _ to: String,
        depart: String,
        arrive: String? = nil,
        number: String? = nil,
        participants: [String] = []
    ) throws {
        delegation.legs.append(
            Leg(
                id: id,
                mode: mode,
                number: number,
                fromID: from,
                toID: to,
                departure: try Trip.moment(depart, at: from),
                arrival: try arrive.map { try Trip.moment($0, at: to) },
                participants: participants
            )
        )
    }

    mutating func stay(_ id: String, at place: String, _ checkIn: String, _ checkOut: String, participants: [String] = []) {
        delegation.stays.append(
            Stay(
                id: id,
                placeID: place,
                checkIn: day(checkIn),
                checkOut: day(checkOut),
                participants: participants
            )
        )
    }

    /// Stays in one place for every night of the trip.
    mutating func stayEveryNight(at place: String = "fukuoka") {
        stay("hotel", at: place, delegation.start.iso, delegation.end.iso)
    }

    /// Checks the trip as of a day during it (before return, so report readiness is quiet).
    func check(today: String? = nil) -> CheckResult {
        Checker().check(delegation, today: today.map(day) ?? delegation.start)
    }

    /// The codes raised, in order.
    func codes(today: String? = nil) -> [DiagnosticCode] { check(today: today).diagnostics.map(\.code) }

    /// The diagnostics with one code.
    func diagnostics(_ code: DiagnosticCode, today: String? = nil) -> [Diagnostic] {
        check(today: today).diagnostics.filter { $0.code == code }
    }
}

/// A three-day Fukuoka trip with times, stays and legs: the checks find nothing in it.
func fukuokaTrip(members: Int = 2) throws -> Trip {
    var t = Trip(start: "2025-09-01", end: "2025-09-03", members: members)
    try t.leg("out", .flight, "TPE", "FUK", depart: "2025-09-01 08:00", arrive: "2025-09-01 11:30", number: "JX840")
    try t.event("fgn", .visit, at: "tenjin", "2025-09-01 14:00", to: "15:30", title: "Fukuoka Growth Next")
    try t.event("city", .call, at: "tenjin", "2025-09-02 10:00", to: "11:00", title: "福岡市經濟觀光文化局")
    try t.leg("back", .flight, "FUK", "TPE", depart: "2025-09-03 12:00", arrive: "2025-09-03 13:30", number: "JX847")
    t.stay("hotel", at: "tenjin", "2025-09-01", "2025-09-03")
    return t
}

/// `2025-09-01` as a date; tests write valid dates, so a bad one fails loudly in the test.
func day(_ text: String) -> LocalDate {
    LocalDate(iso: text) ?? LocalDate(dayNumber: 0)
}

/// The abbreviation messages show for a zone at a local time, e.g. `JST` (or `UTC+9` where the
/// system has no name for it).
func abbreviation(_ zone: String, _ local: String) -> String {
    guard let z = Zone(zone),
        let instant = (try? Trip.moment(local, at: zone == "Asia/Taipei" ? "taichung" : zone == "Asia/Tokyo" ? "tenjin" : "boston"))?.instant
    else { return "?" }
    return z.abbreviation(at: instant)
}
