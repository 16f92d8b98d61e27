import Foundation
import TripModel

extension DelegationRecord {
    init(_ d: Delegation, now: Date) {
        self.init(id: d.id, title: d.title, category: d.category.rawValue, agency: d.agency, homeID: d.homeID,
                  startDate: d.start.iso, endDate: d.end.iso, countries: StoredJSON.encode(d.countries),
                  purpose: d.purpose, summary: d.summary, suggestions: d.suggestions, reportDate: d.reportDate?.iso,
                  contactID: d.contactID, keywords: StoredJSON.encode(d.keywords), status: d.status.rawValue,
                  council: d.council.map { StoredJSON.encode(StoredJSON.Council($0)) },
                  checks: d.checks.isEmpty ? nil : StoredJSON.encode(StoredJSON.Checks(d.checks)), updatedAt: now)
    }
}

extension MemberRecord {
    init(_ m: Member, delegation: String) {
        self.init(delegationId: delegation, id: m.id, position: m.order, unit: m.unit, title: m.title, name: m.name,
                  rank: m.rank, email: m.email, role: m.role.rawValue)
    }

    func model() throws -> Member {
        guard let r = MemberRole(rawValue: role) else { throw StoreError.corrupt("member \(id) role \(role)") }
        return Member(id: id, order: position, unit: unit, title: title, name: name, rank: rank, email: email, role: r)
    }
}

extension PlaceRecord {
    init(_ p: Place, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: p.id, position: position, name: p.name, localName: p.localName, englishName: p.englishName,
                  organisation: p.organisation, city: p.city, country: p.country, address: p.address,
                  latitude: p.point?.latitude, longitude: p.point?.longitude, zone: p.zone.identifier,
                  airportCode: p.airportCode, fromGazetteer: p.fromGazetteer)
    }

    func model() throws -> Place {
        let point = latitude.flatMap { lat in longitude.map { GeoPoint(latitude: lat, longitude: $0) } }
        return Place(id: id, name: name, localName: localName, englishName: englishName, organisation: organisation,
                     city: city, country: country, address: address, point: point, zone: try zoneValue(zone),
                     airportCode: airportCode, fromGazetteer: fromGazetteer)
    }
}

extension EventRecord {
    init(_ e: Event, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: e.id, position: position, kind: e.kind.rawValue, title: e.title,
                  host: e.host, counterparts: StoredJSON.encode(e.counterparts), placeID: e.placeID,
                  zone: e.start.zone.identifier, startDate: e.start.date.iso, startAt: e.start.instant,
                  endDate: e.end?.date.iso, endAt: e.end?.instant, themes: StoredJSON.encode(e.themes), sequence: e.sequence)
    }

    func model(participants: [String]) throws -> Event {
        guard let k = EventKind(rawValue: kind) else { throw StoreError.corrupt("event \(id) kind \(kind)") }
        let z = try zoneValue(zone)
        return Event(id: id, kind: k, title: title, host: host,
                     counterparts: try StoredJSON.decode([Counterpart].self, counterparts) ?? [],
                     placeID: placeID, start: try moment(startDate, startAt, z),
                     end: try endDate.map { try moment($0, endAt, z) }, participants: participants,
                     themes: try StoredJSON.decode([String].self, themes) ?? [], sequence: sequence)
    }
}

extension LegRecord {
    init(_ l: Leg, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: l.id, position: position, mode: l.mode.rawValue, carrier: l.carrier,
                  number: l.number, fromID: l.fromID, toID: l.toID, departDate: l.departure.date.iso,
                  departAt: l.departure.instant, departZone: l.departure.zone.identifier,
                  arriveDate: l.arrival?.date.iso, arriveAt: l.arrival?.instant,
                  arriveZone: (l.arrival?.zone ?? l.departure.zone).identifier, booking: l.booking,
                  kind: l.kind?.rawValue, remark: l.remark, sequence: l.sequence)
    }

    func model(participants: [String]) throws -> Leg {
        guard let m = TransportMode(rawValue: mode) else { throw StoreError.corrupt("leg \(id) mode \(mode)") }
        let arrival = try arriveDate.map { try moment($0, arriveAt, try zoneValue(arriveZone)) }
        return Leg(id: id, mode: m, carrier: carrier, number: number, fromID: fromID, toID: toID,
                   departure: try moment(departDate, departAt, try zoneValue(departZone)), arrival: arrival,
                   booking: booking, participants: participants, kind: kind.flatMap(EventKind.init(rawValue:)), remark: remark,
                   sequence: sequence)
    }
}

extension StayRecord {
    init(_ s: Stay, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: s.id, position: position, placeID: s.placeID,
                  checkIn: s.checkIn.iso, checkOut: s.checkOut.iso, booking: s.booking, sequence: s.sequence)
    }

    func model(participants: [String]) throws -> Stay {
        Stay(id: id, placeID: placeID, checkIn: try dateValue(checkIn), checkOut: try dateValue(checkOut),
             booking: booking, participants: participants, sequence: sequence)
    }
}

extension PressRecord {
    init(_ p: PressItem, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: p.id, position: position, date: p.date.iso, outlet: p.outlet,
                  headline: p.headline, url: p.url, image: p.image, language: p.language, remark: p.remark, eventID: p.eventID)
    }

    func model() throws -> PressItem {
        PressItem(id: id, date: try dateValue(date), outlet: outlet, headline: headline, url: url, image: image,
                  language: language, remark: remark, eventID: eventID)
    }
}

func zoneValue(_ text: String) throws -> Zone {
    guard let z = Zone(text) else { throw StoreError.corrupt("zone \(text)") }
    return z
}

func dateValue(_ text: String) throws -> LocalDate {
    guard let d = LocalDate(iso: text) else { throw StoreError.corrupt("date \(text)") }
    return d
}

func moment(_ date: String, _ at: Date?, _ zone: Zone) throws -> Moment {
    if let at { return Moment(instant: at, zone: zone) }
    return Moment(date: try dateValue(date), zone: zone)
}
