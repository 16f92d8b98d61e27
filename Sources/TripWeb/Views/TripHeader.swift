import Mustache
import TripApp
import TripModel

/// The header and tabs of every delegation page, and what the requester may do on it.
struct TripHeader: TemplateFields {
    /// The delegation's id.
    let id: String
    /// Its title.
    let title: String
    /// Its dates.
    let period: String
    /// True when the requester may log on it.
    let mayLog: Bool
    /// True for those who edit it: an administrator, an account granted it as organiser (edit links).
    let organiser: Bool
    /// True for administrators (the 權限 link: who has access, grants).
    let administrator: Bool

    /// The header of a delegation for a requester.
    init(_ d: Delegation, requester: Requester, lang: Lang) {
        id = d.id
        title = d.title
        period = TripHeader.period(d.start, d.end).text(lang)
        mayLog = Access.mayLog(requester, on: d)
        organiser = Access.mayEdit(requester, on: d.id)
        administrator = requester.role == .administrator
    }

    /// A delegation's dates as pages show them: `114 年 8 月 31 日至 9 月 6 日` / `2025-08-31 – 2025-09-06`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "period": period
        case "mayLog": mayLog
        case "organiser": organiser
        case "administrator": administrator
        default: nil
        }
    }

    static func period(_ start: LocalDate, _ end: LocalDate) -> LocalizedText {
        LocalizedText(zh: ROCDate.range(start, end), en: "\(start.iso) – \(end.iso)")
    }
}
