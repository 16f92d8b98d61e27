import TripApp
import TripModel

/// An item of a day as the schedule and today's page show it: an event with its time and
/// place, or a leg with both ends, and the findings that name it.
struct ScheduleItem {
    let id: String
    let diagnostics: [DiagnosticLine]
    /// True when a finding names it.
    let flagged: Bool
    /// Who takes part, when not everyone.
    let who: String?
    let isEvent: Bool?
    let isLeg: Bool?
    /// The event's or leg's kind, in the page's language.
    let kind: String
    let time: String?
    let title: String?
    let place: String?
    let link: String?
    /// How many notes and photos are logged (nil: none).
    let notes: Int?
    let photos: Int?
    let leg: LegView?

    /// The item of a delegation, with the findings of the checks.
    init(_ item: ItineraryItem, delegation d: Delegation, labels: DelegationLabels, checks: CheckResult) {
        let lang = labels.lang
        diagnostics = checks.diagnostics(naming: item.id)
            .filter { $0.acknowledged == nil && $0.severity != .info }
            .map { DiagnosticLine($0, lang: lang) }
        id = item.id
        flagged = !diagnostics.isEmpty
        who = labels.who(item.participants)?.nonEmpty
        switch item {
        case let .event(e):
            isEvent = true
            isLeg = nil
            kind = e.kind.name(lang)
            time = labels.span(e)?.nonEmpty
            title = e.title
            place = e.placeID.flatMap { p in labels.place(p) != e.title ? labels.place(p).nonEmpty : nil }
            link = "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)"
            notes = e.notes.isEmpty ? nil : e.notes.count
            photos = e.photos.isEmpty ? nil : e.photos.count
            leg = nil
        case let .leg(l):
            isEvent = nil
            isLeg = true
            kind = d.kind(of: l).name(lang)
            time = nil
            title = nil
            place = nil
            link = nil
            notes = nil
            photos = nil
            leg = LegView(l, labels: labels)
        }
    }
}
