import Foundation
import TripModel
import Yams

extension ItemReader {
    static let eventKeys = ["id", "kind", "title", "date", "start", "end", "place", "tz", "host", "counterparts",
                            "participants", "themes", "notes", "photos", "outcomes", "follow_ups"]

    mutating func readEvent(_ node: Node) -> Event? {
        guard let f = Fields(node, allowed: ItemReader.eventKeys, context: ctx, name: "events") else { return nil }
        let id = f.id()
        let kind = f.coded("kind", as: EventKind.self, required: true)
        let title = f.string("title", required: true)
        let date = f.date("date", required: true)
        var placeID: String?
        if let p = f.value("place") { placeID = places.reference(p, itemID: id) }
        var zone = places.place(placeID)?.zone ?? homeZone
        if let tz = f.string("tz") {
            if let z = Zone(tz) { zone = z } else { ctx.fail(f.value("tz"), .unknownZone(tz)) }
        }
        if placeID == nil, f.string("tz") == nil, f.has("start") || f.has("end") {
            ctx.fail(f.value("start") ?? f.value("end"), .timeWithoutPlace(item: title ?? id ?? "event"))
        }
        var start: Moment?
        if let date {
            start = f.has("start") ? moment(f, "start", defaultDate: date, zone: zone) : Moment(date: date, zone: zone)
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
        guard let id, claim(id, kind: "event", at: f.value("id")), let kind, let title, let start else { return nil }
        return Event(id: id, kind: kind, title: title, host: f.string("host"), counterparts: counterparts,
                     placeID: placeID, start: start, end: end, participants: participants, themes: f.strings("themes"),
                     notes: notes, photos: photos, outcomes: outcomes, followUps: followUps)
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

    static let legKeys = ["id", "mode", "carrier", "number", "from", "to", "depart", "arrive", "booking",
                          "participants", "kind", "remark"]

    mutating func readLeg(_ node: Node) -> Leg? {
        guard let f = Fields(node, allowed: ItemReader.legKeys, context: ctx, name: "legs") else { return nil }
        let id = f.id()
        let mode = f.coded("mode", as: TransportMode.self, required: true)
        let fromID = f.value("from").flatMap { places.reference($0, itemID: id.map { "\($0)-from" }) }
        let toID = f.value("to").flatMap { places.reference($0, itemID: id.map { "\($0)-to" }) }
        if !f.has("from") { f.missing("from") }
        if !f.has("to") { f.missing("to") }
        let fromZone = places.place(fromID)?.zone ?? homeZone
        let toZone = places.place(toID)?.zone ?? homeZone
        let departure = moment(f, "depart", defaultDate: nil, zone: fromZone, required: true)
        let arrival = moment(f, "arrive", defaultDate: departure?.date, zone: toZone)
        let kind = f.coded("kind", as: EventKind.self)
        let participants = participants(f)
        guard let id, claim(id, kind: "leg", at: f.value("id")), let mode, let fromID, let toID, let departure else { return nil }
        return Leg(id: id, mode: mode, carrier: f.string("carrier"), number: f.string("number"), fromID: fromID,
                   toID: toID, departure: departure, arrival: arrival, booking: f.string("booking"),
                   participants: participants, kind: kind, remark: f.string("remark"))
    }

    mutating func readStay(_ node: Node) -> Stay? {
        guard let f = Fields(node, allowed: ["id", "place", "check_in", "check_out", "booking", "participants"],
                             context: ctx, name: "stays") else { return nil }
        let id = f.id()
        let placeID = f.value("place").flatMap { places.reference($0, itemID: id) }
        if !f.has("place") { f.missing("place") }
        let checkIn = f.date("check_in", required: true), checkOut = f.date("check_out", required: true)
        if let checkIn, let checkOut, checkOut <= checkIn {
            ctx.fail(f.value("check_out"), .endBeforeStart(item: id ?? "stay"))
        }
        let participants = participants(f)
        guard let id, claim(id, kind: "stay", at: f.value("id")), let placeID, let checkIn, let checkOut else { return nil }
        return Stay(id: id, placeID: placeID, checkIn: checkIn, checkOut: checkOut, booking: f.string("booking"),
                    participants: participants)
    }
}
