import Foundation
import TripModel
import Yams

extension ItemReader {
    static let eventKeys = [
        "id", "kind", "title", "date", "start", "end", "place", "tz", "host", "host_type", "liaison",
        "counterparts", "participants", "themes", "phone", "remark", "area", "notes", "photos",
        "outcomes", "follow_ups",
    ]

    mutating func readEvent(_ node: Node) -> Event? {
        guard let f = Fields(node, allowed: ItemReader.eventKeys, context: ctx, name: "events") else { return nil }
        let id = f.id()
        let kind = f.coded("kind", as: EventKind.self, required: true)
        let title = f.text("title", .line, required: true)
        let date = f.date("date", required: true)
        checkNearTrip(date, item: title ?? id ?? "event", at: f.value("date"))
        var placeID: String?
        // A place that could not be read is reported once, where it is written; nothing that
        // depends on it (its zone) is reported again.
        var placeFailed = false
        if let p = f.value("place") {
            placeID = places.reference(p, itemID: id)
            placeFailed = placeID == nil
        }
        var zone = places.place(placeID)?.zone ?? homeZone
        if let tz = f.string("tz") {
            if let z = Zone(tz) {
                // The zone comes from the place: a tz that says otherwise is a mistake somewhere.
                if let place = places.place(placeID) {
                    if z.identifier != place.zone.identifier {
                        ctx.fail(f.value("tz"), .value(.zoneDisagrees(tz: tz, place: place.id, placeZone: place.zone.identifier)))
                    }
                } else {
                    zone = z
                }
            } else {
                ctx.fail(f.value("tz"), .unknownZone(tz))
            }
        }
        // Only a clock time needs a zone: a part of the day or an end date does not.
        let startIsPart = f.string("start").flatMap(TimeSpec.init)?.isPart ?? false
        let endIsDate = f.string("end").flatMap(TimeSpec.init)?.isDateOnly ?? false
        let clock = (f.has("start") && !startIsPart) || (f.has("end") && !endIsDate)
        if placeID == nil, !placeFailed, f.string("tz") == nil, clock {
            ctx.fail(f.value("start") ?? f.value("end"), .timeWithoutPlace(item: title ?? id ?? "event"))
        }
        var start: Moment?
        if let date {
            start = f.has("start") ? moment(f, "start", defaultDate: date, zone: zone, parts: true) : Moment(date: date, zone: zone)
            if let s = start, s.date != date, let written = f.string("start") {
                ctx.fail(f.value("start"), .time(.otherDate(key: "start", written: written, date: date)))
                start = nil
            }
        }
        let end = moment(f, "end", defaultDate: date, zone: zone)
        checkNearTrip(end?.date, item: title ?? id ?? "event", at: f.value("end"))
        if let start, let end, end.isBefore(start) {
            ctx.fail(f.value("end"), .endBeforeStart(item: title ?? id ?? "event"))
        }
        let counterparts = f.list("counterparts").compactMap { readCounterpart($0) }
        let participants = participants(f)
        let host = f.text("host", .line)
        let themes = f.strings("themes")
        let notes = f.list("notes").compactMap { readNote($0, zone: zone) }
        let photos = f.list("photos").compactMap { readPhoto($0, zone: zone) }
        let outcomes = f.list("outcomes").compactMap { readOutcome($0) }
        let followUps = f.list("follow_ups").compactMap { readFollowUp($0) }
        let hostType = f.bodyType("host_type")
        let liaison = f.contact("liaison")
        let phone = f.phone()
        let remark = f.paragraphs("remark")
        let area = f.line("area")
        guard let id, claim(id, kind: "event", at: f.value("id")), let kind, let title, let start else { return nil }
        return Event(
            id: id,
            kind: kind,
            title: title,
            host: host,
            counterparts: counterparts,
            placeID: placeID,
            start: start,
            end: end,
            participants: participants,
            themes: themes,
            notes: notes,
            photos: photos,
            outcomes: outcomes,
            followUps: followUps,
            hostType: hostType,
            liaison: liaison,
            phone: phone,
            remark: remark,
            area: area
        )
    }

    func readCounterpart(_ node: Node) -> Counterpart? {
        guard let c = Fields(node, allowed: ["name", "title", "organisation"], context: ctx, name: "counterparts") else { return nil }
        let name = c.text("name", .line, required: true)
        let title = c.text("title", .line)
        let organisation = c.text("organisation", .line)
        guard let name else { return nil }
        return Counterpart(name: name, title: title, organisation: organisation)
    }

    /// A note: a bare text (`- 內容`), or `{text, author, at}`. An empty one (`text: ""`, a
    /// bare `-`) is an error: the database keeps no empty notes.
    func readNote(_ node: Node, zone: Zone) -> Note? {
        if case let .scalar(s) = node {
            var text = Fields.isNull(node) ? "" : s.string
            while text.hasSuffix("\n") { text.removeLast() }
            if let problem = FieldText.problem(in: text, shape: .paragraphs, required: true) {
                ctx.fail(node, .text(key: "notes", problem))
                return nil
            }
            return Note(text: text)
        }
        guard let f = Fields(node, allowed: ["text", "author", "at"], context: ctx, name: "notes") else { return nil }
        let text = f.text("text", .paragraphs, required: true)
        let author = f.string("author")
        if let author { checkMember(author, key: "author", at: f.value("author")) }
        let at = moment(f, "at", defaultDate: nil, zone: zone)
        guard let text else { return nil }
        return Note(text: text, author: author, createdAt: at?.instant)
    }

    func readPhoto(_ node: Node, zone: Zone) -> Photo? {
        guard let f = Fields(node, allowed: ["file", "caption", "taken"], context: ctx, name: "photos") else { return nil }
        let file = f.string("file")
        if let file, let problem = files.resolve(file) { ctx.fail(f.value("file"), problem) }
        let caption = f.text("caption", .line)
        if file == nil, caption == nil { f.missing("file") }
        let taken = moment(f, "taken", defaultDate: nil, zone: zone)
        return Photo(file: file, caption: caption, takenAt: taken?.instant)
    }

    func readOutcome(_ node: Node) -> Outcome? {
        if case let .scalar(s) = node {
            var text = Fields.isNull(node) ? "" : s.string
            while text.hasSuffix("\n") { text.removeLast() }
            if let problem = FieldText.problem(in: text, shape: .line, required: true) {
                ctx.fail(node, .text(key: "outcomes", problem))
                return nil
            }
            return Outcome(text: text)
        }
        guard let f = Fields(node, allowed: ["text", "date"], context: ctx, name: "outcomes") else { return nil }
        let text = f.text("text", .line, required: true)
        let date = f.date("date")
        guard let text else { return nil }
        return Outcome(text: text, date: date)
    }

    func readFollowUp(_ node: Node) -> FollowUp? {
        guard let f = Fields(node, allowed: ["task", "owner", "due", "status"], context: ctx, name: "follow_ups") else { return nil }
        let task = f.text("task", .line, required: true)
        let owner = f.string("owner").flatMap { ownerID($0, at: f.value("owner")) }
        let due = f.date("due")
        let status = f.coded("status", as: FollowUpStatus.self) ?? .open
        guard let task else { return nil }
        return FollowUp(task: task, owner: owner, due: due, status: status)
    }

    // MARK: Legs and stays

    static let legKeys = [
        "id", "mode", "carrier", "number", "from", "to", "depart", "depart_by", "arrive", "booking",
        "participants", "kind", "remark",
    ]

    mutating func readLeg(_ node: Node) -> Leg? {
        guard let f = Fields(node, allowed: ItemReader.legKeys, context: ctx, name: "legs") else { return nil }
        let id = f.id()
        // A transfer known to happen but not how (隨後前往紐約) has mode `unknown`, the default.
        let mode = f.has("mode") ? f.coded("mode", as: TransportMode.self) : .unknown
        let fromID = f.value("from").flatMap { places.reference($0, itemID: id.map { "\($0)-from" }) }
        let toID = f.value("to").flatMap { places.reference($0, itemID: id.map { "\($0)-to" }) }
        if !f.has("from") { f.missing("from") }
        if !f.has("to") { f.missing("to") }
        let fromZone = places.place(fromID)?.zone ?? homeZone
        let toZone = places.place(toID)?.zone ?? homeZone
        let departure = moment(f, "depart", defaultDate: nil, zone: fromZone, required: true, parts: true)
        let arrival = moment(f, "arrive", defaultDate: departure?.date, zone: toZone, parts: true)
        checkNearTrip(departure?.date, item: id ?? "leg", at: f.value("depart"))
        checkNearTrip(arrival?.date, item: id ?? "leg", at: f.value("arrive"))
        let departBy = f.date("depart_by")
        checkNearTrip(departBy, item: id ?? "leg", at: f.value("depart_by"))
        if let departBy, let departure, departBy < departure.date || departure.isTimed {
            ctx.fail(f.value("depart_by"), .value(.badDepartBy(departBy.iso)))
        }
        let kind = f.coded("kind", as: EventKind.self)
        let participants = participants(f)
        let carrier = f.text("carrier", .line)
        let number = f.text("number", .line)
        let booking = f.text("booking", .line)
        let remark = f.text("remark", .line)
        guard let id, claim(id, kind: "leg", at: f.value("id")), let mode, let fromID, let toID, let departure else { return nil }
        return Leg(
            id: id,
            mode: mode,
            carrier: carrier,
            number: number,
            fromID: fromID,
            toID: toID,
            departure: departure,
            arrival: arrival,
            booking: booking,
            participants: participants,
            kind: kind,
            remark: remark,
            departBy: departBy
        )
    }

    mutating func readStay(_ node: Node) -> Stay? {
        guard
            let f = Fields(
                node,
                allowed: ["id", "place", "check_in", "check_out", "booking", "participants", "phone", "remark"],
                context: ctx,
                name: "stays"
            )
        else { return nil }
        let id = f.id()
        let placeID = f.value("place").flatMap { places.reference($0, itemID: id) }
        if !f.has("place") { f.missing("place") }
        let checkIn = f.date("check_in", required: true)
        let checkOut = f.date("check_out", required: true)
        checkNearTrip(checkIn, item: id ?? "stay", at: f.value("check_in"))
        checkNearTrip(checkOut, item: id ?? "stay", at: f.value("check_out"))
        if let checkIn, let checkOut, checkOut <= checkIn {
            ctx.fail(f.value("check_out"), .endBeforeStart(item: id ?? "stay"))
        }
        let participants = participants(f)
        let booking = f.text("booking", .line)
        let phone = f.phone()
        let remark = f.paragraphs("remark")
        guard let id, claim(id, kind: "stay", at: f.value("id")), let placeID, let checkIn, let checkOut else { return nil }
        return Stay(
            id: id,
            placeID: placeID,
            checkIn: checkIn,
            checkOut: checkOut,
            booking: booking,
            participants: participants,
            phone: phone,
            remark: remark
        )
    }
}
