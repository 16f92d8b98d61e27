import TripApp
import TripModel

/// The header and tabs of every delegation page, and what the requester may do on it.
struct TripHeader {
    /// The delegation's id.
    let id: String
    /// Its title.
    let title: String
    /// Its dates.
    let period: String
    /// True when the requester may log on it.
    let mayLog: Bool
    /// True for organisers (edit links).
    let organiser: Bool

    /// The header of a delegation for a requester.
    init(_ d: Delegation, requester: Requester, lang: Lang) {
        id = d.id
        title = d.title
        period = lang == .zh ? ROCDate.range(d.start, d.end) : "\(d.start.iso) – \(d.end.iso)"
        mayLog = Access.mayLog(requester, on: d)
        organiser = requester.role == .organiser
    }
}
