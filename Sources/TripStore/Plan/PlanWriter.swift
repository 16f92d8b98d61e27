import Foundation
import Gazetteer
import TripModel
import Yams

/// Writes a Delegation as a plan file in canonical form (docs/plan-format.md).
public struct PlanWriter {
    let gazetteer: Gazetteer

    /// A writer; the gazetteer tells which zones and coordinates need not be written.
    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// The YAML text.
    public func write(_ d: Delegation) throws -> String {
        var top = Pairs()
        top.add("tripwright", "1")
        top.add("id", d.id)
        top.add("title", d.title)
        top.add("plan_name", d.planName)
        top.add("category", d.category.zh)
        top.add("agency", d.agency)
        top.add("home", ref(d.homeID, in: d))
        top.add("start", d.start.iso)
        top.add("end", d.end.iso)
        top.add("countries", flow(d.countries))
        if d.status != .planning { top.add("status", d.status.rawValue) }
        top.add("contact", d.contactID)
        top.add("report_date", d.reportDate?.iso)
        top.add("keywords", flow(d.keywords))
        top.add("subjects", flow(d.subjects))
        top.add("purpose", text(d.purpose))
        top.add("summary", text(d.summary))
        top.add(
            "reflections",
            block(
                d.reflections.map { r in
                    var p = Pairs()
                    p.add("theme", r.theme)
                    p.add("text", text(r.text))
                    return p.node
                }
            )
        )
        top.add("suggestions", text(d.suggestions))
        top.add("council", d.council.map(council))
        top.add("checks", checks(d.checks))
        top.add("members", block(d.members.map(member)))
        top.add("headcount", d.headcount.map(String.init))
        top.add(
            "companions",
            block(
                d.companions.map { c in
                    var p = Pairs()
                    p.add("name", c.name)
                    p.add("title", c.title)
                    p.add("unit", c.unit)
                    return p.node
                }
            )
        )
        top.add("places", block(d.places.filter { !$0.fromGazetteer }.map(place)))
        top.add("events", block(d.events.map { event($0, in: d) }))
        top.add("legs", block(d.legs.map { leg($0, in: d) }))
        top.add("stays", block(d.stays.map { stay($0, in: d) }))
        top.add("press", block(d.press.map(press)))
        top.add("outline", block(d.outlines.map(outline)))
        return try Yams.serialize(node: top.node, indent: 2, width: -1, allowUnicode: true)
    }

    // MARK: Parts

    private func member(_ m: Member) -> Node {
        var p = Pairs()
        p.add("id", m.id)
        p.add("unit", m.unit)
        p.add("title", m.title)
        p.add("name", m.name)
        if m.role != .member { p.add("role", m.role.rawValue) }
        p.add("rank", m.rank)
        p.add("email", m.email)
        p.add("phone", m.phone)
        return p.node
    }

    private func place(_ pl: Place) -> Node {
        var p = Pairs()
        p.add("id", pl.id)
        p.add("name", pl.name)
        p.add("local_name", pl.localName)
        p.add("english_name", pl.englishName)
        p.add("organisation", pl.organisation)
        p.add("type", pl.type?.rawValue)
        // What the reader would work out from the airport or city need not be written.
        var implied: (zone: Zone, point: GeoPoint)?
        if let code = pl.airportCode, let a = gazetteer.airport(code: code) {
            implied = (a.zone, a.point)
        } else if let city = pl.city,
            let c = pl.region.map({ gazetteer.city(named: city, country: pl.country, region: $0) })
                ?? gazetteer.city(named: city, country: pl.country)
        {
            implied = (c.zone, c.point)
        }
        p.add("city", pl.city)
        p.add("region", pl.region)
        p.add("country", pl.country)
        p.add("address", pl.address)
        if let pt = pl.point, pt != implied?.point {
            p.add("lat", PlanWriter.number(pt.latitude))
            p.add("lon", PlanWriter.number(pt.longitude))
        }
        if pl.zone != implied?.zone { p.add("tz", pl.zone.identifier) }
        p.add("airport", pl.airportCode)
        p.add("phone", pl.phone)
        p.add("open", flow(pl.openDays.map(\.rawValue)))
        p.add("closed", flow(pl.closedDays.map(\.rawValue)))
        return p.node
    }

    private func event(_ e: Event, in d: Delegation) -> Node {
        let zone = e.start.zone
        var p = Pairs()
        p.add("id", e.id)
        p.add("kind", e.kind.zh)
        p.add("title", e.title)
        p.add("date", e.start.date.iso)
        p.add("start", e.start.localTime.map { clock($0, of: e.start) } ?? e.start.part.map { Node($0.zh) })
        if let end = e.end {
            if let t = end.localTime {
                if end.date == e.start.date { p.add("end", clock(t, of: end)) } else { p.add("end", stamp(end)) }
            } else {
                p.add("end", end.date.iso)
            }
        }
        p.add("place", e.placeID.map { ref($0, in: d) })
        // The reader needs the zone of a timed event without a place written out, even the home one.
        if e.placeID == nil, zone != d.homeZone || e.start.isTimed || e.end?.isTimed == true { p.add("tz", zone.identifier) }
        p.add("host", e.host)
        p.add("host_type", e.hostType?.rawValue)
        p.add(
            "liaison",
            e.liaison.map { c in
                var q = Pairs()
                q.add("name", c.name)
                q.add("title", c.title)
                q.add("phone", c.phone)
                q.add("email", c.email)
                return q.node
            }
        )
        p.add(
            "counterparts",
            block(
                e.counterparts.map { c in
                    var q = Pairs()
                    q.add("name", c.name)
                    q.add("title", c.title)
                    q.add("organisation", c.organisation)
                    return q.node
                }
            )
        )
        p.add("participants", flow(e.participants))
        p.add("themes", flow(e.themes))
        p.add("phone", e.phone)
        p.add("remark", text(e.remark.flatMap { $0.contains("\n") ? $0 : nil }) ?? e.remark.map { Node($0) })
        p.add("area", e.area)
        p.add(
            "notes",
            block(
                e.notes.map { n in
                    var q = Pairs()
                    q.add("text", text(n.text))
                    q.add("author", n.author)
                    q.add("at", n.createdAt.map { stamp(Moment(instant: $0, zone: zone)) })
                    return q.node
                }
            )
        )
        p.add(
            "photos",
            block(
                e.photos.map { ph in
                    var q = Pairs()
                    q.add("file", ph.file)
                    q.add("caption", ph.caption)
                    q.add("taken", ph.takenAt.map { stamp(Moment(instant: $0, zone: zone)) })
                    return q.node
                }
            )
        )
        p.add(
            "outcomes",
            block(
                e.outcomes.map { o in
                    var q = Pairs()
                    q.add("text", o.text)
                    q.add("date", o.date?.iso)
                    return q.node
                }
            )
        )
        p.add(
            "follow_ups",
            block(
                e.followUps.map { fu in
                    var q = Pairs()
                    q.add("task", fu.task)
                    q.add("owner", fu.owner)
                    q.add("due", fu.due?.iso)
                    if fu.status != .open { q.add("status", fu.status.rawValue) }
                    return q.node
                }
            )
        )
        return p.node
    }

    private func leg(_ l: Leg, in d: Delegation) -> Node {
        var p = Pairs()
        p.add("id", l.id)
        if l.mode != .unknown { p.add("mode", l.mode.rawValue) }
        p.add("carrier", l.carrier)
        p.add("number", l.number)
        p.add("from", ref(l.fromID, in: d))
        p.add("to", ref(l.toID, in: d))
        p.add("depart", stamp(l.departure))
        p.add("depart_by", l.departBy?.iso)
        p.add("arrive", l.arrival.map(stamp))
        p.add("booking", l.booking)
        p.add("participants", flow(l.participants))
        p.add("kind", l.kind?.zh)
        p.add("remark", l.remark)
        return p.node
    }

    private func stay(_ s: Stay, in d: Delegation) -> Node {
        var p = Pairs()
        p.add("id", s.id)
        p.add("place", ref(s.placeID, in: d))
        p.add("check_in", s.checkIn.iso)
        p.add("check_out", s.checkOut.iso)
        p.add("booking", s.booking)
        p.add("participants", flow(s.participants))
        p.add("phone", s.phone)
        p.add("remark", s.remark)
        return p.node
    }

    private func press(_ item: PressItem) -> Node {
        var p = Pairs()
        p.add("id", item.id)
        p.add("date", item.date.iso)
        p.add("outlet", item.outlet)
        p.add("headline", item.headline)
        p.add("url", item.url)
        p.add("image", item.image)
        p.add("language", item.language)
        p.add("remark", item.remark)
        p.add("event", item.eventID)
        return p.node
    }

    private func council(_ c: CouncilReport) -> Node {
        var p = Pairs()
        p.add("council", c.council)
        p.add("term", String(c.term))
        p.add("session", String(c.session))
        p.add("title", c.title)
        p.add("date", c.date?.iso)
        p.add(
            "reporters",
            block(
                c.reporters.map { r in
                    var q = Pairs()
                    q.add("unit", r.unit)
                    q.add("title", r.title)
                    q.add("name", r.name)
                    return q.node
                }
            )
        )
        return p.node
    }

    private func checks(_ c: CheckSettings) -> Node? {
        guard !c.isEmpty else { return nil }
        var p = Pairs()
        p.add("off", flow(c.disabled))
        if !c.numbers.isEmpty {
            var s = Pairs()
            for key in c.numbers.keys.sorted(by: { $0.rawValue < $1.rawValue }) { s.add(key.rawValue, c.numbers[key].map(PlanWriter.number)) }
            p.add("settings", s.node)
        }
        p.add(
            "acknowledge",
            block(
                c.acknowledgements.map { a in
                    var q = Pairs()
                    q.add("code", a.code)
                    q.add("item", a.item)
                    q.add("reason", a.reason)
                    return q.node
                }
            )
        )
        return p.node
    }

    // MARK: Helpers

    /// How an item names a place: its id, which for gazetteer places is what was written.
    private func ref(_ id: String, in d: Delegation) -> String { id }

    /// Prose as a literal block (`|`), which keeps line breaks and needs no quoting.
    private func text(_ s: String?) -> Node? {
        guard let s, !s.isEmpty else { return nil }
        return Node(s + "\n", Tag(.str), .literal)
    }

    /// A bare clock time, quoted: YAML 1.1 readers would take `10:00` for the number 600.
    private func clock(_ t: LocalTime, of m: Moment) -> Node { Node(t.description + offsetSuffix(m), Tag(.str), .doubleQuoted) }

    /// `2025-08-31 13:05` (local), with the offset when that local time happens twice.
    func stamp(_ m: Moment) -> String { m.localText + offsetSuffix(m) }

    /// ` -05:00` when the moment's local time happens twice there (a fall-back night), so that
    /// the file names the same instant when it is read back; empty otherwise.
    func offsetSuffix(_ m: Moment) -> String {
        guard let t = m.localTime, let instant = m.instant, case .ambiguous = m.zone.reading(of: m.date, t) else { return "" }
        return " " + TimeSpec.offsetText(m.zone.offset(at: instant))
    }

    private func flow(_ items: [String]) -> Node? {
        items.isEmpty ? nil : Node(items.map { Node($0) }, Tag(.seq), .flow)
    }

    private func block(_ items: [Node]) -> Node? {
        items.isEmpty ? nil : Node(items, Tag(.seq), .block)
    }

    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}

/// An ordered mapping under construction; absent values are left out.
struct Pairs {
    private var pairs: [(Node, Node)] = []

    mutating func add(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        pairs.append((Node(key), Node(value)))
    }

    mutating func add(_ key: String, _ value: Node?) {
        guard let value else { return }
        pairs.append((Node(key), value))
    }

    var node: Node { Node(pairs, Tag(.map), .block) }
}
