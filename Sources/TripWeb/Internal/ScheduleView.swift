import TripChecks
import TripModel

/// The schedule as template values: days, their items with local times and zones, legs with
/// both ends, stays, and the diagnostics that name each item.
struct ScheduleView {
    let delegation: Delegation
    let labels: DelegationLabels
    let checks: CheckResult

    func days(member: String?) -> [[String: Any]] {
        let d = delegation, lang = labels.lang
        return d.itinerary(member: member).map { day in
            let items: [[String: Any]] = day.items.map { item($0) }
            let stays: [[String: Any]] = day.stays.map { ["place": labels.place($0.placeID), "who": labels.who($0.participants) ?? ""] }
            let continuing: [[String: Any]] = day.continuing.map { ["title": $0.title, "span": labels.span($0) ?? "", "id": $0.id] }
            return ["label": labels.day(day.date), "iso": day.date.iso, "items": items, "stays": stays, "continuing": continuing,
                    "empty": day.items.isEmpty && day.stays.isEmpty && day.continuing.isEmpty, "lang": lang.rawValue]
        }
    }

    func item(_ item: ItineraryItem) -> [String: Any] {
        let d = delegation, lang = labels.lang
        let diagnostics: [[String: Any]] = checks.diagnostics(naming: item.id)
            .filter { $0.acknowledged == nil && $0.severity != .info }
            .map { ["severity": $0.severity.rawValue, "message": $0.message.text(lang)] }
        var values: [String: Any] = ["id": item.id, "diagnostics": diagnostics, "flagged": !diagnostics.isEmpty,
                                     "who": labels.who(item.participants) ?? ""]
        switch item {
        case let .event(e):
            values["isEvent"] = true
            values["kind"] = e.kind.name(lang)
            values["time"] = labels.span(e) ?? ""
            values["title"] = e.title
            if let p = e.placeID, labels.place(p) != e.title { values["place"] = labels.place(p) }
            values["link"] = "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)"
            if !e.notes.isEmpty { values["notes"] = e.notes.count }
            if !e.photos.isEmpty { values["photos"] = e.photos.count }
        case let .leg(l):
            values["isLeg"] = true
            values["kind"] = d.kind(of: l).name(lang)
            values["leg"] = labels.leg(l)
        }
        return values
    }
}
