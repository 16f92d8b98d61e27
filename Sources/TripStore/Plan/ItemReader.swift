import Foundation
import Gazetteer
import TripModel
import Yams

/// Walks the plan's YAML tree and builds the Delegation; problems go to the context. Whatever
/// the database would refuse (an empty title, a participant listed twice, an id taken) is
/// refused here first, where it is written.
struct ItemReader {
    let ctx: PlanContext
    let places: PlaceBook
    /// Where files named in the plan may be.
    let files: PlanFileLookup
    var memberIDs: [String] = []
    var memberNames: [String: String] = [:]
    /// The members' ids and names, in the plan's order: what a refused owner is offered.
    var memberRoster: [(id: String, name: String)] = []
    var itemLines: [String: Int] = [:]
    var homeZone: Zone = .taipei
    /// The trip's first and last day, once read.
    var tripDates: ClosedRange<LocalDate>?

    init(ctx: PlanContext, places: PlaceBook, files: PlanFileLookup) {
        self.ctx = ctx
        self.places = places
        self.files = files
    }

    mutating func delegation(_ root: Node) -> Delegation? {
        guard let f = Fields(root, allowed: PlanReader.topKeys, context: ctx, name: "plan") else { return nil }
        if let version = f.string("tripwright", required: true), version != "1" {
            ctx.fail(f.value("tripwright"), .unsupportedVersion(version))
        }
        let id = f.id()
        let title = f.text("title", .line, required: true)
        let category = f.coded("category", as: TripCategory.self, required: true)
        let agency = f.text("agency", .line, required: true)
        let start = f.date("start", required: true)
        let end = f.date("end", required: true)
        if let start, let end {
            if end < start {
                ctx.fail(f.value("end"), .endBeforeStart(item: id ?? "plan"))
            } else if start.days(until: end) >= PlanLimits.maximumTripDays {
                ctx.fail(f.value("end"), .tripTooLong(days: start.days(until: end) + 1))
            } else {
                tripDates = start...end
            }
        }
        let members = readMembers(f)
        let headcount = f.count("headcount")
        if let headcount, headcount < members.count {
            ctx.fail(f.value("headcount"), .value(.headcountBelowMembers(headcount: headcount, members: members.count)))
        }
        let companions = f.list("companions").compactMap { node -> Companion? in
            guard let c = Fields(node, allowed: ["name", "title", "unit"], context: ctx, name: "companions"),
                let name = c.line("name", required: true)
            else { return nil }
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
        let outlines = readOutlines(f, events: events)
        let contact = f.string("contact")
        if let contact { checkMember(contact, key: "contact", at: f.value("contact")) }
        let checks = readChecks(f, delegationID: id)
        let council = f.value("council").flatMap { readCouncil($0) }
        let reflections = f.list("reflections").compactMap { node -> Reflection? in
            guard let r = Fields(node, allowed: ["theme", "text"], context: ctx, name: "reflections") else { return nil }
            let theme = r.text("theme", .line)
            guard let text = r.text("text", .paragraphs, required: true) else { return nil }
            return Reflection(theme: theme, text: text)
        }
        let status = f.coded("status", as: DelegationStatus.self) ?? .planning
        let purpose = f.text("purpose", .paragraphs)
        let summary = f.text("summary", .paragraphs)
        let suggestions = f.text("suggestions", .paragraphs)
        let reportDate = f.date("report_date")
        let keywords = f.strings("keywords")
        var countries = readCountries(f)
        guard let id, let title, let category, let agency, let start, let end, let homeID else { return nil }
        if countries.isEmpty { countries = derivedCountries(events: events, legs: legs, home: homeID) }
        var delegation = Delegation(
            id: id,
            title: title,
            category: category,
            agency: agency,
            homeID: homeID,
            start: start,
            end: end,
            countries: countries,
            purpose: purpose,
            summary: summary,
            reflections: reflections,
            suggestions: suggestions,
            reportDate: reportDate,
            contactID: contact,
            keywords: keywords,
            status: status,
            members: members,
            places: places.places,
            events: events,
            legs: legs,
            stays: stays,
            press: press,
            council: council,
            checks: checks,
            headcount: headcount,
            companions: companions,
            planName: f.line("plan_name"),
            subjects: f.lines("subjects")
        )
        delegation.outlines = outlines
        return delegation
    }

    // MARK: Members

    mutating func readMembers(_ f: Fields) -> [Member] {
        if !f.has("members") { f.missing("members") }
        if let node = f.value("members"), case let .sequence(seq) = node, seq.isEmpty {
            ctx.fail(node, .emptyList("members"))
        }
        var lines: [String: Int] = [:]
        var members: [Member] = []
        var known: [String] = []
        for (i, node) in f.list("members").enumerated() {
            guard let m = Fields(node, allowed: ["id", "unit", "title", "name", "role", "rank", "email", "phone"], context: ctx, name: "members")
            else { continue }
            let id = m.id()
            let unit = m.text("unit", .line, required: true)
            let title = m.text("title", .line, required: true)
            // A member whose other fields are wrong is still a member: references to it are fine.
            if let id, !known.contains(id) { known.append(id) }
            let name = m.text("name", .line, required: true)
            let role = m.coded("role", as: MemberRole.self) ?? .member
            let rank = m.text("rank", .line)
            let email = m.string("email")
            let phone = m.phone()
            if let email, !ItemReader.isEmail(email) { ctx.fail(m.value("email"), .badEmail(email)) }
            guard let id, let unit, let title, let name else { continue }
            if let line = lines[id] {
                ctx.fail(m.value("id"), .duplicateID(kind: "member", id: id, firstLine: line))
                continue
            }
            lines[id] = node.mark?.line ?? 0
            members.append(
                Member(
                    id: id,
                    order: i + 1,
                    unit: unit,
                    title: title,
                    name: name,
                    rank: rank,
                    email: email,
                    phone: phone,
                    role: role
                )
            )
        }
        memberIDs = known
        for m in members where memberNames[m.name] == nil { memberNames[m.name] = m.id }
        memberRoster = members.map { ($0.id, $0.name) }
        return members
    }

    /// `name@host.domain`, with no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace)
    }

    /// Reports a participant id that is not a member, suggesting the id of a member whose name
    /// was written instead (as `checkMember` does).
    func checkParticipant(_ id: String, at node: Node?) {
        guard !memberIDs.contains(id) else { return }
        let suggestions = memberNames[id].map { [$0] } ?? NearestNames.nearest(to: id, among: memberIDs, limit: 1)
        ctx.fail(node, .notAMember(id, suggestions: suggestions))
    }

    /// Reports a member id (contact, note author, follow-up owner) that is not a member,
    /// suggesting the id of a member whose name was written instead.
    func checkMember(_ id: String, key: String, at node: Node?) {
        guard !memberIDs.contains(id) else { return }
        let suggestion = memberNames[id] ?? NearestNames.nearest(to: id, among: memberIDs, limit: 1).first
        ctx.fail(node, .unknownMember(key: key, id: id, suggestion: suggestion))
    }

    /// The member id a follow-up's owner names: a member's id, or the exact name of one member
    /// (resolved to the id, so the store keeps ids). Anything else is refused with the members
    /// listed; nil then.
    func ownerID(_ text: String, at node: Node?) -> String? {
        if memberIDs.contains(text) { return text }
        let named = memberRoster.filter { $0.name == text }
        if named.count == 1, let only = named.first { return only.id }
        ctx.fail(node, .unknownOwner(text, ids: memberRoster.map(\.id), names: memberRoster.map(\.name)))
        return nil
    }

    /// The member ids of an item's `participants`, each a member and none twice.
    func participants(_ f: Fields) -> [String] {
        var seen = Set<String>()
        return f.stringNodes("participants").compactMap { id, node in
            checkParticipant(id, at: node)
            guard seen.insert(id).inserted else {
                ctx.fail(node, .duplicateParticipant(id))
                return nil
            }
            return id
        }
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

    /// Reports a date more than a year from the trip (a typo of the year): the checks would
    /// otherwise walk every day between.
    func checkNearTrip(_ date: LocalDate?, item: String, at node: Node?) {
        guard let date, let trip = tripDates else { return }
        let margin = PlanLimits.itemMarginDays
        if date.days(until: trip.lowerBound) > margin || trip.upperBound.days(until: date) > margin {
            ctx.fail(node, .farFromTrip(item: item, date: date.iso))
        }
    }

    /// A moment from a time written under `key`, or nil (with an error when malformed or when
    /// the clock time does not name one instant there). A part of the day (上午、深夜…) stands
    /// for the clock time where `parts` allows it.
    func moment(
        _ f: Fields,
        _ key: String,
        defaultDate: LocalDate?,
        zone: Zone,
        required: Bool = false,
        parts: Bool = false
    ) -> Moment? {
        guard let text = f.string(key, required: required) else { return nil }
        guard let spec = TimeSpec(text), parts || !spec.isPart else {
            let looksLikeDate = text.count >= 10 && text.prefix(4).allSatisfy(\.isNumber) && text.dropFirst(4).first == "-"
            let problem: PlanProblem =
                looksLikeDate && LocalDate(iso: String(text.prefix(10))) == nil
                ? .badDate(text)
                : (parts ? .value(.badTimeOrPart(text)) : .badTime(text))
            ctx.fail(f.value(key), problem)
            return nil
        }
        if let d = spec.date, !PlanLimits.isPlausible(d) {
            ctx.fail(f.value(key), .dateOutOfRange(text))
            return nil
        }
        switch spec.resolve(written: text, defaultDate: defaultDate, zone: zone) {
        case let .moment(m):
            return m
        case .needsDate:
            ctx.fail(f.value(key), .badTime(text))
            return nil
        case let .problem(problem):
            ctx.fail(f.value(key), .time(problem))
            return nil
        }
    }

    /// `countries:` as ISO codes the system knows.
    private func readCountries(_ f: Fields) -> [String] {
        f.stringNodes("countries").compactMap { text, node in
            let code = text.trimmingCharacters(in: .whitespaces).uppercased()
            guard Gazetteer.isCountryCode(code) else {
                ctx.fail(node, .unknownCountry(text, suggestion: Gazetteer.countryCode(named: text)))
                return nil
            }
            return code
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
