import Foundation
import TripModel

extension DelegationRecord {
    init(_ d: Delegation, now: Date) {
        self.init(
            id: d.id,
            title: d.title,
            category: d.category,
            agency: d.agency,
            homeId: d.homeID,
            startDate: d.start.iso,
            endDate: d.end.iso,
            countries: StoredJSON.encode(d.countries),
            purpose: d.purpose,
            summary: d.summary,
            suggestions: d.suggestions,
            reportDate: d.reportDate?.iso,
            contactId: d.contactID,
            keywords: StoredJSON.encode(d.keywords),
            status: d.status,
            council: d.council.map { StoredJSON.encode(StoredJSON.Council($0)) },
            checks: d.checks.isEmpty ? nil : StoredJSON.encode(StoredJSON.Checks(d.checks)),
            updatedAt: now,
            headcount: d.headcount,
            companions: d.companions.isEmpty ? nil : StoredJSON.encode(d.companions),
            planName: d.planName,
            subjects: d.subjects.isEmpty ? nil : StoredJSON.encode(d.subjects)
        )
    }
}

extension MemberRecord {
    init(_ m: Member, delegation: String) {
        self.init(
            delegationId: delegation,
            id: m.id,
            position: m.order,
            unit: m.unit,
            title: m.title,
            name: m.name,
            rank: m.rank,
            email: m.email,
            role: m.role,
            phone: m.phone
        )
    }

    func model() -> Member {
        Member(id: id, order: position, unit: unit, title: title, name: name, rank: rank, email: email, phone: phone, role: role)
    }
}

extension PlaceRecord {
    init(_ p: Place, position: Int, delegation: String) {
        self.init(
            delegationId: delegation,
            id: p.id,
            position: position,
            name: p.name,
            localName: p.localName,
            englishName: p.englishName,
            organisation: p.organisation,
            city: p.city,
            country: p.country,
            address: p.address,
            latitude: p.point?.latitude,
            longitude: p.point?.longitude,
            zone: p.zone.identifier,
            airportCode: p.airportCode,
            fromGazetteer: p.fromGazetteer,
            region: p.region,
            type: p.type,
            openDays: p.openDays.isEmpty ? nil : StoredJSON.encode(p.openDays.map(\.rawValue)),
            closedDays: p.closedDays.isEmpty ? nil : StoredJSON.encode(p.closedDays.map(\.rawValue)),
            phone: p.phone
        )
    }

    func model() throws -> Place {
        let point = latitude.flatMap { lat in longitude.map { GeoPoint(latitude: lat, longitude: $0) } }
        return Place(
            id: id,
            name: name,
            localName: localName,
            englishName: englishName,
            organisation: organisation,
            city: city,
            country: country,
            address: address,
            point: point,
            zone: try zoneValue(zone),
            airportCode: airportCode,
            fromGazetteer: fromGazetteer,
            region: region,
            type: type,
            openDays: try days(openDays, "place.openDays"),
            closedDays: try days(closedDays, "place.closedDays"),
            phone: phone
        )
    }

    private func days(_ text: String?, _ what: String) throws -> [OpeningDay] {
        try (StoredJSON.decode([String].self, text, column: what) ?? []).map { code in
            guard let day = OpeningDay(rawValue: code) else { throw StoreError.corrupt("\(what) '\(code)'") }
            return day
        }
    }
}

extension EventRecord {
    init(_ e: Event, position: Int, delegation: String) {
        self.init(
            delegationId: delegation,
            id: e.id,
            position: position,
            kind: e.kind,
            title: e.title,
            host: e.host,
            counterparts: StoredJSON.encode(e.counterparts),
            placeId: e.placeID,
            zone: e.start.zone.identifier,
            startDate: e.start.date.iso,
            startAt: e.start.instant,
            endDate: e.end?.date.iso,
            endAt: e.end?.instant,
            themes: StoredJSON.encode(e.themes),
            sequence: e.sequence,
            startPart: e.start.part,
            hostType: e.hostType,
            liaison: e.liaison.map { StoredJSON.encode($0) },
            phone: e.phone,
            remark: e.remark,
            area: e.area
        )
    }

    func model(participants: [String]) throws -> Event {
        let z = try zoneValue(zone)
        return Event(
            id: id,
            kind: kind,
            title: title,
            host: host,
            counterparts: try StoredJSON.decode([Counterpart].self, counterparts, column: "event.counterparts") ?? [],
            placeID: placeId,
            start: try moment(startDate, startAt, z, part: startPart),
            end: try endDate.map { try moment($0, endAt, z) },
            participants: participants,
            themes: try StoredJSON.decode([String].self, themes, column: "event.themes") ?? [],
            sequence: sequence,
            hostType: hostType,
            liaison: try StoredJSON.decode(Contact.self, liaison, column: "event.liaison"),
            phone: phone,
            remark: remark,
            area: area
        )
    }
}

extension LegRecord {
    init(_ l: Leg, position: Int, delegation: String) {
        self.init(
            delegationId: delegation,
            id: l.id,
            position: position,
            mode: l.mode,
            carrier: l.carrier,
            number: l.number,
            fromId: l.fromID,
            toId: l.toID,
            departDate: l.departure.date.iso,
            departAt: l.departure.instant,
            departZone: l.departure.zone.identifier,
            arriveDate: l.arrival?.date.iso,
            arriveAt: l.arrival?.instant,
            arriveZone: (l.arrival?.zone ?? l.departure.zone).identifier,
            booking: l.booking,
            kind: l.kind,
            remark: l.remark,
            sequence: l.sequence,
            departBy: l.departBy?.iso,
            departPart: l.departure.part,
            arrivePart: l.arrival?.part
        )
    }

    func model(participants: [String]) throws -> Leg {
        let arrival = try arriveDate.map { try moment($0, arriveAt, try zoneValue(arriveZone), part: arrivePart) }
        let departure = try moment(departDate, departAt, try zoneValue(departZone), part: departPart)
        return Leg(
            id: id,
            mode: mode,
            carrier: carrier,
            number: number,
            fromID: fromId,
            toID: toId,
            departure: departure,
            arrival: arrival,
            booking: booking,
            participants: participants,
            kind: kind,
            remark: remark,
            sequence: sequence,
            departBy: try departBy.map(dateValue)
        )
    }
}

extension StayRecord {
    init(_ s: Stay, position: Int, delegation: String) {
        self.init(
            delegationId: delegation,
            id: s.id,
            position: position,
            placeId: s.placeID,
            checkIn: s.checkIn.iso,
            checkOut: s.checkOut.iso,
            booking: s.booking,
            sequence: s.sequence,
            phone: s.phone,
            remark: s.remark
        )
    }

    func model(participants: [String]) throws -> Stay {
        Stay(
            id: id,
            placeID: placeId,
            checkIn: try dateValue(checkIn),
            checkOut: try dateValue(checkOut),
            booking: booking,
            participants: participants,
            sequence: sequence,
            phone: phone,
            remark: remark
        )
    }
}

extension PressRecord {
    init(_ p: PressItem, position: Int, delegation: String) {
        self.init(
            delegationId: delegation,
            id: p.id,
            position: position,
            date: p.date.iso,
            outlet: p.outlet,
            headline: p.headline,
            url: p.url,
            image: p.image,
            language: p.language,
            remark: p.remark,
            eventId: p.eventID
        )
    }

    func model() throws -> PressItem {
        PressItem(
            id: id,
            date: try dateValue(date),
            outlet: outlet,
            headline: headline,
            url: url,
            image: image,
            language: language,
            remark: remark,
            eventID: eventId
        )
    }
}

func zoneValue(_ text: String) throws -> Zone {
    guard let z = Zone(text) else { throw StoreError.corrupt("zone '\(text)'") }
    return z
}

func dateValue(_ text: String) throws -> LocalDate {
    guard let d = LocalDate(iso: text) else { throw StoreError.corrupt("date '\(text)'") }
    return d
}

func moment(_ date: String, _ at: Date?, _ zone: Zone, part: DayPart? = nil) throws -> Moment {
    if let at { return Moment(instant: at, zone: zone) }
    return Moment(date: try dateValue(date), part: part, zone: zone)
}
