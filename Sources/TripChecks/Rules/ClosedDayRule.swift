import Gazetteer
import TripModel

/// Rule 7: calls, meetings and visits on a day the body received is closed: offices, schools and
/// companies on the weekend (Friday and Saturday in Riyadh) and on the country's public holidays,
/// any place on the days the plan says it closes. Venues and associations receive visitors on
/// weekends, and an event the host itself holds (a forum, a fair) happens on its date. The kind
/// of body is what the plan says (`host_type`, a place's `type` and `open`/`closed`), else what
/// its name says, else what the event's kind implies; the message says which.
enum ClosedDayRule {
    /// Where the rule's idea of the body comes from, for the message.
    enum Basis {
        case stated
        case hostName(String)
        case placeName(String)
        case title
        case kind
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let events = ctx.delegation.events
        for k in events.indices {
            // Read the fields first: copying a whole Event for each is slow over a year of trips.
            let kind = events[k].kind
            guard kind.needsOpenOffice || kind == .visit,
                let place = events[k].placeID.flatMap({ ctx.places[$0] }), let country = place.country
            else { continue }
            let event = events[k]
            guard !BodyGuess.isOrganisedEvent(event.title) || !place.closedDays.isEmpty else { continue }
            let body = judge(event, place, ctx)
            // An event known only to fall within several days is warned only when none of them is open.
            var days = [event.start.date]
            if !event.start.isTimed, let last = event.end?.date, last > event.start.date, event.start.date.days(until: last) < 31 {
                days = event.start.date.through(last)
            }
            let closed = days.map { closure(on: $0, country: country, place: place, body: body?.type, ctx) }
            guard closed.allSatisfy({ $0 != nil }), let first = closed.first, let why = first else { continue }
            let day = days[0]
            let item: Item? = k < ctx.items.count ? ctx.items[k] : nil
            let labelZH = item.map(ctx.zh) ?? "「\(event.title)」"
            let labelEN = item.map(ctx.en) ?? "\"\(event.title)\""
            let bodyText = describe(body, event: event, place: place)
            let span = days.count > 1 ? LocalizedText(zh: "這幾天都", en: "every day of its span") : LocalizedText(zh: "當天", en: "that day")
            out.append(
                Diagnostic(
                    code: .closedDay,
                    severity: .warning,
                    items: [event.id],
                    day: day,
                    message: LocalizedText(
                        zh: "\(labelZH)是\(kind.zh)，\(span.zh)是\(why.day.zh)；\(bodyText.zh)，\(why.closed.zh)。",
                        en: "\(labelEN) is a \(kind.en.lowercased()) on \(why.day.en) (\(span.en)); \(bodyText.en), \(why.closed.en)."
                    ),
                    fix: LocalizedText(
                        zh: "改到對方上班的日子；若對方確定當天接待，在計畫寫明（事件的 host_type，或地點的 type、open: [weekend, holidays]），或在計畫檔的 checks.acknowledge 確認此項並寫明理由。",
                        en:
                            "Move it to a day the host works; if the host does receive you then, say so in the plan (the event's host_type, or the place's type or open: [weekend, holidays]), or acknowledge it under checks.acknowledge in the plan file with the reason."
                    )
                )
            )
        }
    }

    /// What the rule takes the body to be, and why.
    static func judge(_ event: Event, _ place: Spot, _ ctx: CheckContext) -> (type: BodyType, basis: Basis)? {
        if let t = event.hostType { return (t, .stated) }
        if let t = place.type { return (t, .stated) }
        if let host = event.host, let t = ctx.bodyType(of: host) { return (t, .hostName(host)) }
        if let (t, name) = namedBody(place, ctx) { return (t, .placeName(name)) }
        if let t = BodyGuess.type(of: event.title) { return (t, .title) }
        // Nothing says: a call or a meeting is with an office, and so is a visit an office receives.
        if event.kind == .call || event.kind == .meeting || !(event.host ?? "").isEmpty { return (.government, .kind) }
        return nil
    }

    /// The first of the place's organisation, name and English name that says what the body
    /// is, judged once per place (many events share a place).
    private static func namedBody(_ place: Spot, _ ctx: CheckContext) -> (type: BodyType, name: String)? {
        if let judged = place.namedBody { return judged }
        var found: (type: BodyType, name: String)?
        for name in [place.organisation, place.name, place.englishName] {
            if let name, let t = ctx.bodyType(of: name) {
                found = (t, name)
                break
            }
        }
        place.namedBody = .some(found)
        return found
    }

    /// Why a body of a type is closed on a day (what the day is, and why that closes it), or nil
    /// when it is open.
    static func closure(
        on day: LocalDate,
        country: String,
        place: Spot,
        body: BodyType?,
        _ ctx: CheckContext
    )
        -> (day: LocalizedText, closed: LocalizedText)?
    {
        let weekday = day.weekday
        let weekdayName = LocalizedText(zh: ROCDate.weekday(day), en: "a \(ROCDate.englishWeekday(day))")
        if let closed = place.closedDays.first(where: { $0.weekday == weekday }) {
            return (weekdayName, LocalizedText(zh: "計畫寫明該地點\(closed.zh)休息", en: "the plan says the place closes on \(closed.en)s"))
        }
        let holiday = ctx.holidays.holidayName(on: day, country: country)
        if let holiday, place.closedDays.contains(.holidays) {
            return (
                countryHoliday(holiday, country),
                LocalizedText(zh: "計畫寫明該地點國定假日休息", en: "the plan says the place closes on public holidays")
            )
        }
        guard let body, body.closesOnDaysOff else { return nil }
        if let holiday, !place.openDays.contains(.holidays) {
            return (countryHoliday(holiday, country), LocalizedText(zh: "國定假日通常不辦公", en: "which usually closes on public holidays"))
        }
        let weekend = ctx.holidays.isWeekend(day, country: country)
        let open = place.openDays.contains(.weekend) || place.openDays.contains { $0.weekday == weekday }
        if weekend && !open {
            return (weekdayName, LocalizedText(zh: "週末通常不辦公", en: "which usually closes at the weekend"))
        }
        return nil
    }

    /// `韓國的國定假日「佛誕節補假（부처님오신날 대체 휴일）」`.
    private static func countryHoliday(_ h: HolidayName, _ country: String) -> LocalizedText {
        let country = Gazetteer.countryNames(country)
        let name = h.names
        return LocalizedText(zh: "\(country.zh)的國定假日「\(name.zh)」", en: "a public holiday in \(country.en) (\(name.en))")
    }

    /// `接待單位「首爾特別市政府」依名稱判斷是政府機關`.
    private static func describe(_ body: (type: BodyType, basis: Basis)?, event: Event, place: Spot) -> LocalizedText {
        guard let body else { return LocalizedText(zh: "", en: "") }
        let who = event.host ?? place.organisation ?? place.name
        switch body.basis {
        case .stated:
            return LocalizedText(zh: "計畫寫明「\(who)」是\(body.type.zh)", en: "the plan says \"\(who)\" is a \(body.type.en)")
        case let .hostName(name), let .placeName(name):
            return LocalizedText(zh: "依名稱「\(name)」判斷是\(body.type.zh)", en: "its name \"\(name)\" makes it a \(body.type.en)")
        case .title:
            return LocalizedText(zh: "依行程名稱判斷對方是\(body.type.zh)", en: "its title makes the host a \(body.type.en)")
        case .kind:
            return LocalizedText(
                zh: "「\(who)」未標明類型，\(event.kind.zh)視為對政府機關",
                en: "\"\(who)\" has no stated type, and a \(event.kind.en.lowercased()) is taken as one with a government office"
            )
        }
    }
}
