import Mustache
import TripApp
import TripModel

/// `/`: the delegations, a page at a time, with the first steps for an organiser of an empty database.
struct ListPage: TemplateFields {
    /// The delegations of this page, newest first.
    let delegations: [Row]
    /// True when the reader sees none.
    let empty: Bool
    /// Why the list is empty, for a reader who gets no first steps: nothing stored yet, or
    /// nothing this reader may see; nil otherwise.
    let emptyNote: String?
    /// True for organisers (upload links).
    let organiser: Bool
    /// True when an empty database offers the Kyushu example.
    let example: Bool
    /// The links to the other pages.
    let pager: Pager

    func child(named name: String) -> Any? {
        switch name {
        case "delegations": delegations
        case "empty": empty
        case "emptyNote": emptyNote
        case "organiser": organiser
        case "example": example
        case "pager": pager
        default: nil
        }
    }

    /// One delegation.
    struct Row: TemplateFields {
        let id: String
        let title: String
        let period: String
        let status: String
        let members: Int
        let events: Int

        init(_ s: DelegationSummary, lang: Lang) {
            id = s.id
            title = s.title
            period = TripHeader.period(s.start, s.end).text(lang)
            status = s.status.name(lang)
            members = s.members
            events = s.events
        }

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "title": title
            case "period": period
            case "status": status
            case "members": members
            case "events": events
            default: nil
            }
        }
    }
}
