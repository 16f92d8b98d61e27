import Foundation
import TripModel
import Yams

/// Walks the plan's YAML tree and builds the Delegation; problems go to the context.
struct ItemReader {
    let ctx: PlanContext
    let places: PlaceBook
    let folders: [URL]
    var memberIDs: [String] = []
    var itemLines: [String: Int] = [:]
    var homeZone: Zone = .taipei

    init(ctx: PlanContext, places: PlaceBook, folders: [URL]) {
        self.ctx = ctx
        self.places = places
        self.folders = folders
    }

    mutating func delegation(_ root: Node) -> Delegation? {
        guard let f = Fields(root, allowed: PlanReader.topKeys, context: ctx, name: "plan") else { return nil }
        if let version = f.string("tripwright", required: true), version != "1" {
            ctx.fail(f.value("tripwright"), .unsupportedVersion(version))
        }
        let id = f.id()
        let title = f.string("title", required: true)
        let category = f.coded("category", as: TripCategory.self, required: true)
        let agency = f.string("agency", required: true)
        let start = f.date("start", required: true)
        let end = f.date("end", required: true)
        if let start, let end, end < start {
            ctx.fail(f.value("end"), .endBeforeStart(item: id ?? "plan"))
        }
        let members = readMembers(f)
        let headcount = f.count("headcount")
        if let headcount, headcount < members.count {
            ctx.fail(f.value("headcount"), .value(.headcountBelowMembers(headcount: headcount, members: members.count)))
        }
        let companions = f.list("companions").compactMap { node -> Companion? in
            guard let c = Fields(node, allowed: ["name", "title", "unit"], context: ctx, name: "companions"),
                  let name = c.line("name", required: true) else { return nil }
            return Companion(name: name, title: c.line("title"), unit: c.line("unit"))
        }
        for node in f.list("places") { places.declare(node, fallbackID: nil) }
        var homeID: String?
        if let node = f.value("home") {
            homeID = places.reference(node, itemID: "home")
            if let zone = places.place(homeID)?.zone { homeZone = zone }
        } else {
            f.missing("home")
        }
        let events = f.list("events").compactMap { readEvent($0) }
        let legs = f.list("legs").compactMap { readLeg($0) }
        let stays = f.list("stays").compactMap { readStay($0) }
        let press = readPress(f)
        let contact = f.string("contact")
        if let contact { checkMember(contact, at: f.value("contact")) }
        let checks = readChecks(f)
        let council = f.value("council").flatMap { readCouncil($0) }
        let reflections = f.list("reflections").compactMap { node -> Reflection? in
            guard let r = Fields(node, allowed: ["theme", "text"], context: ctx, name: "reflections") else { return nil }
            guard let text = r.string("text", required: true) else { return nil }
            return Reflection(theme: r.string("theme"), text: text)
        }
        let status = f.coded("status", as: DelegationStatus.self) ?? .planning
        guard let id, let title, let category, let agency, let start, let end, let homeID else { return nil }
        var countries = f.strings("countries").map { $0.uppercased() }
        if countries.isEmpty { countries = derivedCountries(events: events, legs: legs, home: homeID) }
        return Delegation(
            id: id, title: title, category: category, agency: agency, homeID: homeID, start: start, end: end,
            countries: countries, purpose: f.string("purpose"), summary: f.string("summary"),
            reflections: reflections, suggestions: f.string("suggestions"), reportDate: f.date("report_date"),
            contactID: contact, keywords: f.strings("keywords"), status: status, members: members,
            places: places.places, events: events, legs: legs, stays: stays, press: press,
            council: council, checks: checks, headcount: headcount, companions: companions,
            planName: f.line("plan_name"), subjects: f.lines("subjects"))
    }

    // MARK: Members

    mutating func readMembers(_ f: Fields) -> [Member] {
        if !f.has("members") { f.missing("members") }
        var lines: [String: Int] = [:]
        var members: [Member] = []
        for (i, node) in f.list("members").enumerated() {
            guard let m = Fields(node, allowed: ["id", "unit", "title", "name", "role", "rank", "email", "phone"], context: ctx, name: "members") else { continue }
            let id = m.id(), unit = m.string("unit", required: true), title = m.string("title", required: true)
            let name = m.string("name", required: true)
            let role = m.coded("role", as: MemberRole.self) ?? .member
            let phone = m.phone()
            guard let id, let unit, let title, let name else { continue }
            if let line = lines[id] {
                ctx.fail(m.value("id"), .duplicateID(kind: "member", id: id, firstLine: line))
                continue
            }
            lines[id] = node.mark?.line ?? 0
            members.append(Member(id: id, order: i + 1, unit: unit, title: title, name: name,
                                  rank: m.string("rank"), email: m.string("email"), phone: phone, role: role))
        }
        memberIDs = members.map(\.id)
        return members
    }

    func checkMember(_ id: String, at node: Node?) {
        guard !memberIDs.contains(id) else { return }
        ctx.fail(node, .notAMember(id, suggestions: NearestNames.nearest(to: id, among: memberIDs, limit: 1)))
    }

    func participants(_ f: Fields) -> [String] {
        let ids = f.strings("participants")
        if let node = f.value("participants") {
            let nodes: [Node] = { if case let .sequence(s) = node { return Array(s) } else { return [node] } }()
            for (id, n) in zip(ids, nodes) { checkMember(id, at: n) }
        }
        return ids
    }

    /// Registers an item id (events, legs and stays share one namespace); false when taken.
    mutating func claim(_ id: String, kind: String, at node: Node?) -> Bool {
        if let line = itemLines[id] {
            ctx.fail(node, .duplicateID(kind: kind, id: id, firstLine: line))
            return false
        }
        itemLines[id] = node?.mark?.line ?? 0
        return true
    }

    /// A moment from a time written under `key`, or nil (with an error when malformed). A part of
    /// the day (上午、深夜…) stands for the clock time where `parts` allows it.
    func moment(_ f: Fields, _ key: String, defaultDate: LocalDate?, zone: Zone, required: Bool = false,
                parts: Bool = false) -> Moment? {
        guard let text = f.string(key, required: required) else { return nil }
        guard let spec = TimeSpec(text), parts || !spec.isPart else {
            ctx.fail(f.value(key), parts ? .value(.badTimeOrPart(text)) : .badTime(text))
            return nil
        }
        do {
            guard let m = try spec.moment(defaultDate: defaultDate, zone: zone) else {
                ctx.fail(f.value(key), .badTime(text))
                return nil
            }
            return m
        } catch {
            ctx.fail(f.value(key), .nonexistentTime("\(text) \(zone)"))
            return nil
        }
    }

    private func derivedCountries(events: [Event], legs: [Leg], home: String) -> [String] {
        let homeCountry = places.place(home)?.country
        var seen: [String] = []
        let ids = events.compactMap(\.placeID) + legs.flatMap { [$0.fromID, $0.toID] }
        for id in ids {
            if let c = places.place(id)?.country, c != homeCountry, !seen.contains(c) { seen.append(c) }
        }
        return seen
    }
}
