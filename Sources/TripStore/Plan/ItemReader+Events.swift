import Foundation
import TripModel
import Yams

extension ItemReader {
    static let eventKeys = ["id", "kind", "title", "date", "start", "end", "place", "tz", "host", "host_type", "liaison",
                            "counterparts", "participants", "themes", "phone", "remark", "area", "notes", "photos",
                            "outcomes", "follow_ups"]

    mutating func readEvent(_ node: Node) -> Event? {
        guard let f = Fields(node, allowed: ItemReader.eventKeys, context: ctx, name: "events") else { return nil }
        let id = f.id()
        let kind = f.coded("kind", as: EventKind.self, required: true)
        let title = f.string("title", required: true)
        let date = f.date("date", required: true)
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
        let endIsDate = f.string("end").flatMap(TimeSpec.init).map { if case .date = $0 { true } else { false } } ?? false
        let clock = (f.has("start") && !startIsPart) || (f.has("end") && !endIsDate)
        if placeID == nil, !placeFailed, f.string("tz") == nil, clock {
            ctx.fail(f.value("start") ?? f.value("end"), .timeWithoutPlace(item: title ?? id ?? "event"))
        }
        var start: Moment?
        if let date {
            start = f.has("start") ? moment(f, "start", defaultDate: date, zone: zone, parts: true) : Moment(date: date, zone: zone)
            if let s = start, s.date != date {
                ctx.fail(f.value("start"), .badTime(f.string("start") ?? ""))
            }
        }
        let end = moment(f, "end", defaultDate: date, zone: zone)
        if let start, let end, end.isBefore(start) {
            ctx.fail(f.value("end"), .endBeforeStart(item: title ?? id ?? "event"))
        }
        let counterparts = f.list("counterparts").compactMap { readCounterpart($0) }
        let participants = participants(f)
        let notes = f.list("notes").compactMap { readNote($0, zone: zone) }
        let photos = f.list("photos").compactMap { readPhoto($0, zone: zone) }
        let outcomes = f.list("outcomes").compactMap { readOutcome($0) }
        let followUps = f.list("follow_ups").compactMap { readFollowUp($0) }
        let hostType = f.bodyType("host_type"), liaison = f.contact("liaison"), phone = f.phone()
        let remark = f.paragraphs("remark"), area = f.line("area")
        guard let id, claim(id, kind: "event", at: f.value("id")), let kind, let title, let start else { return nil }
        return Event(id: id, kind: kind, title: title, host: f.string("host"), counterparts: counterparts,
                     placeID: placeID, start: start, end: end, participants: participants, themes: f.strings("themes"),
                     notes: notes, photos: photos, outcomes: outcomes, followUps: followUps,
                     hostType: hostType, liaison: liaison, phone: phone, remark: remark, area: area)
    }

    func readCounterpart(_ node: Node) -> Counterpart? {
        guard let c = Fields(node, allowed: ["name", "title", "organisation"], context: ctx, name: "counterparts"),
              let name = c.string("name", required: true) else { return nil }
        return Counterpart(name: name, title: c.string("title"), organisation: c.string("organisation"))
    }

    func readNote(_ node: Node, zone: Zone) -> Note? {
        if case let .scalar(s) = node { return Note(text: s.string) }
        guard let f = Fields(node, allowed: ["text", "author", "at"], context: ctx, name: "notes"),
              let text = f.string("text", required: true) else { return nil }
        if let author = f.string("author") { checkMember(author, at: f.value("author")) }
        let at = moment(f, "at", defaultDate: nil, zone: zone)
        return Note(text: text, author: f.string("author"), createdAt: at?.instant)
    }

    func readPhoto(_ node: Node, zone: Zone) -> Photo? {
        guard let f = Fields(node, allowed: ["file", "caption", "taken"], context: ctx, name: "photos") else { return nil }
        let file = f.string("file")
        if let file, let problem = imageProblem(file) {
            ctx.fail(f.value("file"), problem)
        }
        if file == nil, f.string("caption") == nil { f.missing("file") }
        let taken = moment(f, "taken", defaultDate: nil, zone: zone)
        return Photo(file: file, caption: f.string("caption"), takenAt: taken?.instant)
    }

    func readOutcome(_ node: Node) -> Outcome? {
        if case let .scalar(s) = node { return Outcome(text: s.string) }
        guard let f = Fields(node, allowed: ["text", "date"], context: ctx, name: "outcomes"),
              let text = f.string("text", required: true) else { return nil }
        return Outcome(text: text, date: f.date("date"))
    }

    func readFollowUp(_ node: Node) -> FollowUp? {
        guard let f = Fields(node, allowed: ["task", "owner", "due", "status"], context: ctx, name: "follow_ups"),
              let task = f.string("task", required: true) else { return nil }
        return FollowUp(task: task, owner: f.string("owner"), due: f.date("due"),
                        status: f.coded("status", as: FollowUpStatus.self) ?? .open)
    }

    /// A photo or clipping that is missing or does not decode: looked up beside the plan first,
    /// then in the data folders (the folders after the plan's own), whose files were checked
    /// when they were stored.
    func imageProblem(_ path: String) -> PlanProblem? {
        PlanFiles.imageProblem(path, in: folders, dataFolders: Array(folders.dropFirst()))
    }

    // MARK: Legs and stays

    static let legKeys = ["id", "mode", "carrier", "number", "from", "to", "depart", "depart_by", "arrive", "booking",
                          "participants", "kind", "remark"]

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
        let departBy = f.date("depart_by")
        if let departBy, let departure, departBy < departure.date || departure.isTimed {
            ctx.fail(f.value("depart_by"), .value(.badDepartBy(departBy.iso)))
        }
        let kind = f.coded("kind", as: EventKind.self)
        let participants = participants(f)
        guard let id, claim(id, kind: "leg", at: f.value("id")), let mode, let fromID, let toID, let departure else { return nil }
        return Leg(id: id, mode: mode, carrier: f.string("carrier"), number: f.string("number"), fromID: fromID,
                   toID: toID, departure: departure, arrival: arrival, booking: f.string("booking"),
                   participants: participants, kind: kind, remark: f.string("remark"), departBy: departBy)
    }

    mutating func readStay(_ node: Node) -> Stay? {
        guard let f = Fields(node, allowed: ["id", "place", "check_in", "check_out", "booking", "participants", "phone", "remark"],
                             context: ctx, name: "stays") else { return nil }
        let id = f.id()
        let placeID = f.value("place").flatMap { places.reference($0, itemID: id) }
        if !f.has("place") { f.missing("place") }
        let checkIn = f.date("check_in", required: true), checkOut = f.date("check_out", required: true)
        if let checkIn, let checkOut, checkOut <= checkIn {
            ctx.fail(f.value("check_out"), .endBeforeStart(item: id ?? "stay"))
        }
        let participants = participants(f)
        let phone = f.phone(), remark = f.paragraphs("remark")
        guard let id, claim(id, kind: "stay", at: f.value("id")), let placeID, let checkIn, let checkOut else { return nil }
        return Stay(id: id, placeID: placeID, checkIn: checkIn, checkOut: checkOut, booking: f.string("booking"),
                    participants: participants, phone: phone, remark: remark)
    }
}
