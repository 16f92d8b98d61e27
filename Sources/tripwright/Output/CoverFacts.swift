import TripApp
import TripModel

/// The cover facts as `show` prints them and as its JSON.
struct CoverFacts: Encodable {
    /// One member's row.
    struct MemberRow: Encodable {
        var order: Int, id: String, unit: String, title: String, name: String, role: String, rank: String?
    }

    var id: String, title: String, planName: String, category: String, agency: String, namesAndTitles: String
    var countries: [String], period: String, start: String, end: String, reportDate: String?, reportDue: String
    var status: String, contact: String?, members: [MemberRow], events: Int, legs: Int, stays: Int, press: Int

    /// The facts of a delegation, its countries named, in a language.
    init(_ d: Delegation, countries names: [LocalizedText], lang: Lang) {
        id = d.id
        title = d.title
        planName = d.planNameOrTitle
        category = d.category.name(lang)
        agency = d.agency
        namesAndTitles = LocalizedText(zh: d.namesAndTitles, en: d.members.map { "\($0.name) (\($0.title))" }.joined(separator: ", ")).text(lang)
        countries = names.map { $0.text(lang) }
        period = LocalizedText(zh: ROCDate.range(d.start, d.end), en: "\(d.start.iso) to \(d.end.iso)").text(lang)
        start = d.start.iso
        end = d.end.iso
        reportDate = d.reportDate.map { LocalizedText(zh: ROCDate.long($0), en: $0.iso).text(lang) }
        let due = d.reportDue
        reportDue = LocalizedText(zh: ROCDate.long(due), en: due.iso).text(lang)
        status = d.status.name(lang)
        contact = d.contactID.flatMap { d.member($0) }.map { "\($0.name)\($0.title)" }
        members = d.members.map {
            MemberRow(
                order: $0.order,
                id: $0.id,
                unit: $0.unit,
                title: $0.title,
                name: $0.name,
                role: $0.role.name(lang),
                rank: $0.rank
            )
        }
        events = d.events.count
        legs = d.legs.count
        stays = d.stays.count
        press = d.press.count
    }
}
