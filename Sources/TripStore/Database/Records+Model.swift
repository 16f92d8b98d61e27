import Foundation
import TripModel

extension DelegationRecord {
    init(_ d: Delegation, now: Date) {
        self.init(id: d.id, title: d.title, category: d.category.rawValue, agency: d.agency, homeID: d.homeID,
                  startDate: d.start.iso, endDate: d.end.iso, countries: StoredJSON.encode(d.countries),
                  purpose: d.purpose, summary: d.summary, suggestions: d.suggestions, reportDate: d.reportDate?.iso,
                  contactID: d.contactID, keywords: StoredJSON.encode(d.keywords), status: d.status.rawValue,
                  council: d.council.map { StoredJSON.encode(StoredJSON.Council($0)) },
                  checks: d.checks.isEmpty ? nil : StoredJSON.encode(StoredJSON.Checks(d.checks)), updatedAt: now,
                  headcount: d.headcount, companions: d.companions.isEmpty ? nil : StoredJSON.encode(d.companions),
                  planName: d.planName, subjects: d.subjects.isEmpty ? nil : StoredJSON.encode(d.subjects))
    }
}

extension MemberRecord {
    init(_ m: Member, delegation: String) {
        self.init(delegationId: delegation, id: m.id, position: m.order, unit: m.unit, title: m.title, name: m.name,
                  rank: m.rank, email: m.email, role: m.role.rawValue, phone: m.phone)
    }

    func model() throws -> Member {
        guard let r = MemberRole(rawValue: role) else { throw StoreError.corrupt("member \(id) role \(role)") }
        return Member(id: id, order: position, unit: unit, title: title, name: name, rank: rank, email: email, phone: phone, role: r)
    }
}

extension PlaceRecord {
    init(_ p: Place, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: p.id, position: position, name: p.name, localName: p.localName, englishName: p.englishName,
                  organisation: p.organisation, city: p.city, country: p.country, address: p.address,
                  latitude: p.point?.latitude, longitude: p.point?.longitude, zone: p.zone.identifier,
                  airportCode: p.airportCode, fromGazetteer: p.fromGazetteer, region: p.region, type: p.type?.rawValue,
                  openDays: p.openDays.isEmpty ? nil : StoredJSON.encode(p.openDays.map(\.rawValue)),
                  closedDays: p.closedDays.isEmpty ? nil : StoredJSON.encode(p.closedDays.map(\.rawValue)), phone: p.phone)
    }

    func model() throws -> Place {
        let point = latitude.flatMap { lat in longitude.map { GeoPoint(latitude: lat, longitude: $0) } }
        return Place(id: id, name: name, localName: localName, englishName: englishName, organisation: organisation,
                     city: city, country: country, address: address, point: point, zone: try zoneValue(zone),
                     airportCode: airportCode, fromGazetteer: fromGazetteer, region: region,
                     type: try coded(BodyType.self, type, "place \(id) type"),
                     openDays: try days(openDays, "place \(id) openDays"), closedDays: try days(closedDays, "place \(id) closedDays"),
                     phone: phone)
    }

    private func days(_ text: String?, _ what: String) throws -> [OpeningDay] {
        try (StoredJSON.decode([String].self, text) ?? []).map { code in
            guard let day = OpeningDay(rawValue: code) else { throw StoreError.corrupt("\(what) \(code)") }
            return day
        }
    }
}

extension EventRecord {
    init(_ e: Event, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: e.id, position: position, kind: e.kind.rawValue, title: e.title,
                  host: e.host, counterparts: StoredJSON.encode(e.counterparts), placeID: e.placeID,
                  zone: e.start.zone.identifier, startDate: e.start.date.iso, startAt: e.start.instant,
                  endDate: e.end?.date.iso, endAt: e.end?.instant, themes: StoredJSON.encode(e.themes), sequence: e.sequence,
                  startPart: e.start.part?.rawValue, hostType: e.hostType?.rawValue,
                  liaison: e.liaison.map { StoredJSON.encode($0) }, phone: e.phone, remark: e.remark, area: e.area)
    }

    func model(participants: [String]) throws -> Event {
        guard let k = EventKind(rawValue: kind) else { throw StoreError.corrupt("event \(id) kind \(kind)") }
        let z = try zoneValue(zone)
        return Event(id: id, kind: k, title: title, host: host,
                     counterparts: try StoredJSON.decode([Counterpart].self, counterparts) ?? [],
                     placeID: placeID, start: try moment(startDate, startAt, z, part: coded(DayPart.self, startPart, "event \(id) startPart")),
                     end: try endDate.map { try moment($0, endAt, z) }, participants: participants,
                     themes: try StoredJSON.decode([String].self, themes) ?? [], sequence: sequence,
                     hostType: try coded(BodyType.self, hostType, "event \(id) hostType"),
                     liaison: try StoredJSON.decode(Contact.self, liaison), phone: phone, remark: remark, area: area)
    }
}

extension LegRecord {
    init(_ l: Leg, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: l.id, position: position, mode: l.mode.rawValue, carrier: l.carrier,
                  number: l.number, fromID: l.fromID, toID: l.toID, departDate: l.departure.date.iso,
                  departAt: l.departure.instant, departZone: l.departure.zone.identifier,
                  arriveDate: l.arrival?.date.iso, arriveAt: l.arrival?.instant,
                  arriveZone: (l.arrival?.zone ?? l.departure.zone).identifier, booking: l.booking,
                  kind: l.kind?.rawValue, remark: l.remark, sequence: l.sequence, departBy: l.departBy?.iso,
                  departPart: l.departure.part?.rawValue, arrivePart: l.arrival?.part?.rawValue)
    }

    func model(participants: [String]) throws -> Leg {
        guard let m = TransportMode(rawValue: mode) else { throw StoreError.corrupt("leg \(id) mode \(mode)") }
        let arrival = try arriveDate.map {
            try moment($0, arriveAt, try zoneValue(arriveZone), part: coded(DayPart.self, arrivePart, "leg \(id) arrivePart"))
        }
        let departure = try moment(departDate, departAt, try zoneValue(departZone),
                                   part: coded(DayPart.self, departPart, "leg \(id) departPart"))
        return Leg(id: id, mode: m, carrier: carrier, number: number, fromID: fromID, toID: toID,
                   departure: departure, arrival: arrival,
                   booking: booking, participants: participants, kind: kind.flatMap(EventKind.init(rawValue:)), remark: remark,
                   sequence: sequence, departBy: try departBy.map(dateValue))
    }
}

extension StayRecord {
    init(_ s: Stay, position: Int, delegation: String) {
        self.init(delegationId: delegation, id: s.id, position: position, placeID: s.placeID,
                  checkIn: s.checkIn.iso, checkOut: s.checkOut.iso, booking: s.booking, sequence: s.sequence,
                  phone: s.phone, remark: s.remark)
    }

    func model(participants: [String]) throws -> Stay {
        Stay(id: id, placeID: placeID, checkIn: try dateValue(checkIn), checkOut: try dateValue(checkOut),
             booking: booking, participants: participants, sequence: sequence, phone: phone, remark: remark)
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

func moment(_ date: String, _ at: Date?, _ zone: Zone, part: DayPart? = nil) throws -> Moment {
    if let at { return Moment(instant: at, zone: zone) }
    return Moment(date: try dateValue(date), part: part, zone: zone)
}

/// A stored code as its enum, nil for NULL; a code the enum lacks means a corrupt row.
func coded<T: RawRepresentable>(_ type: T.Type, _ code: String?, _ what: String) throws -> T? where T.RawValue == String {
    guard let code else { return nil }
    guard let value = T(rawValue: code) else { throw StoreError.corrupt("\(what) \(code)") }
    return value
}
