import Gazetteer
import TripModel

/// Rule 7: calls, meetings and visits to host offices on a weekend or a public holiday of the
/// host country (both from the bundled holiday tables: Friday and Saturday in Riyadh).
enum ClosedDayRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let events = ctx.delegation.events
        for k in events.indices {
            // Read the fields first: copying a whole Event for each is slow over a year of trips.
            guard needsOffice(events[k].kind, host: events[k].host),
                  let place = events[k].placeID.flatMap({ ctx.places[$0] }), let country = place.country else { continue }
            let event = events[k]
            let day = event.start.date
            let holiday = ctx.holidays.holiday(on: day, country: country)
            guard holiday != nil || ctx.holidays.isWeekend(day, country: country) else { continue }
            let item: Item? = k < ctx.items.count ? ctx.items[k] : nil
            let labelZH = item.map(ctx.zh) ?? "「\(event.title)」", labelEN = item.map(ctx.en) ?? "\"\(event.title)\""
            // The country by name, as the report's cover and `show` name it (JP → 日本 / Japan).
            let whyZH = holiday.map { "\(Gazetteer.countryName(country, lang: .zh))的國定假日「\($0)」" } ?? ROCDate.weekday(day)
            let whyEN = holiday.map { "a public holiday in \(Gazetteer.countryName(country, lang: .en)) (\($0))" } ?? "a \(ROCDate.englishWeekday(day))"
            out.append(Diagnostic(
                code: .closedDay, severity: .warning, items: [event.id], day: day,
                message: LocalizedText(zh: "\(labelZH)是\(event.kind.zh)，當天是\(whyZH)，對方辦公室可能不上班。",
                                       en: "\(labelEN) is a \(event.kind.en.lowercased()) on \(whyEN); the host's office may be closed."),
                fix: LocalizedText(zh: "改到平日，或向對方確認當天可接待後確認此項(acknowledge)。",
                                   en: "Move it to a working day, or confirm with the host and acknowledge it.")))
        }
    }

    /// Calls, meetings and field studies always; site visits when a host office receives them.
    static func needsOffice(_ kind: EventKind, host: String?) -> Bool {
        if kind.needsOpenOffice { return true }
        return kind == .visit && !(host ?? "").isEmpty
    }
}
