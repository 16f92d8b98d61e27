import Gazetteer
import TripModel

/// The facts of a delegation for the report's templates (`view`), plus the lists the fillers share.
/// Everything here comes from the data; nothing is made up.
struct ReportContext {
    let delegation: Delegation
    /// Where city names in zh-Hant come from (one city, one name, whatever script the plan used).
    var gazetteer: Gazetteer = .shared

    /// Events that get their own section under 過程: everything but journeys.
    var visits: [Event] {
        delegation.events
            .filter { ![.departure, .transfer, .return].contains($0.kind) }
            .sorted { ReportContext.order($0.start, $1.start) }
    }

    /// zh-Hant names of the destination countries, in visiting order, from the gazetteer (the one
    /// source `show` and the web use too).
    var countryNames: [String] {
        var codes = delegation.countries
        if codes.isEmpty {
            let home = delegation.home?.country
            for event in visits {
                if let c = delegation.place(event.placeID)?.country, c != home, !codes.contains(c) { codes.append(c) }
            }
        }
        return codes.map { Gazetteer.countryName($0, lang: .zh) }
    }

    /// Cities visited, in order of first visit, by their zh-Hant names (one name per city).
    var cities: [String] { citiesByCountry.flatMap(\.cities) }

    /// The cities visited grouped by country, countries and cities in order of first visit:
    /// [(韓國, [首爾, 仁川, 釜山]), (日本, [福岡])]. Cities whose zh-Hant name is not known are
    /// left out of Chinese prose.
    var citiesByCountry: [(country: String, cities: [String])] {
        var order: [String] = []
        var byCountry: [String: [String]] = [:]
        let home = delegation.home?.country
        for event in visits {
            let place = delegation.place(event.placeID)
            guard let code = country(of: place), code != home, let name = cityName(place), name.cjkCount > 0 else { continue }
            if byCountry[code] == nil { order.append(code) }
            if !(byCountry[code] ?? []).contains(name) { byCountry[code, default: []].append(name) }
        }
        return order.map { (Gazetteer.countryName($0, lang: .zh), byCountry[$0] ?? []) }
    }

    /// Where the delegation went, for prose: `韓國首爾、仁川、釜山及日本福岡`; countries with no
    /// known city stand alone.
    var destinations: String {
        var groups: [String] = []
        var named = Set<String>()
        for (country, cities) in citiesByCountry {
            groups.append(country + cities.joined(separator: "、"))
            named.insert(country)
        }
        for country in countryNames where !named.contains(country) { groups.append(country) }
        guard groups.count > 1 else { return groups.first ?? "" }
        return groups.dropLast().joined(separator: "、") + "及" + (groups.last ?? "")
    }

    /// Host organisations, in order: the host, else the place's organisation. A visit with no
    /// host (a market, a park) names no organisation: its title is not one.
    var organisations: [String] {
        var out: [String] = []
        for event in visits {
            guard let org = event.host ?? delegation.place(event.placeID)?.organisation, !org.trimmed.isEmpty else { continue }
            if !out.contains(org) { out.append(org) }
        }
        return out
    }

    /// Themes in order of first appearance.
    var themes: [String] {
        var out: [String] = []
        for theme in visits.flatMap(\.themes) where !out.contains(theme) { out.append(theme) }
        return out
    }

    /// Visits listing a theme.
    func visits(theme: String) -> [Event] { visits.filter { $0.themes.contains(theme) } }

    /// `臺中市政府經濟發展局局長張峯源`-style list of people met, in order.
    var counterpartNames: [String] {
        var out: [String] = []
        for person in visits.flatMap(\.counterparts) {
            let text = person.name + (person.title ?? "")
            if !out.contains(text) { out.append(text) }
        }
        return out
    }

    /// The facts every kind text and snippet sees. `orgLimit` and `counterpartLimit` cut the
    /// organisations and people listed (with 等 / 等人) so the drafted 摘要 fits its length.
    func view(orgLimit: Int? = nil, counterpartLimit: Int? = nil) -> ReportView {
        let d = delegation
        let orgs = organisations
        let shownOrgs = orgLimit.map { Array(orgs.prefix($0)) } ?? orgs
        let people = counterpartNames
        let shownPeople = counterpartLimit.map { Array(people.prefix($0)) } ?? people
        let outcomes = visits.flatMap(\.outcomes).map(\.text)
        var outlets: [String] = []
        for item in d.press where !outlets.contains(item.outlet) { outlets.append(item.outlet) }
        // Every text on one line: the drafted 摘要 and the prompts join these values into
        // sentences, and a line break stored in a title by an older version once split the 摘要
        // into paragraphs mid-sentence.
        let line = ReportText.oneLine
        let leader = (d.leader ?? d.members.first).map { LeaderView(name: line($0.name), title: line($0.title), unit: line($0.unit)) }
        let council = d.council.map { c in
            CouncilView(
                sessionTitle: line(c.sessionTitle),
                title: line(c.title ?? d.title + "專案報告"),
                date: line(c.date.map(ROCDate.long) ?? Paragraph.promptMark + "報告日期"),
                reporters: c.reporters.map { ReporterView(unit: line($0.unit), title: line($0.title), name: line($0.name)) }
            )
        }
        return ReportView(
            id: line(d.id),
            title: line(d.title),
            agency: line(d.agency),
            category: d.category.zh,
            categoryVerb: d.category.zh,
            namesAndTitles: line(d.namesAndTitles),
            countryNames: line(countryNames.joined(separator: "、")),
            destinations: line(destinations),
            period: ROCDate.range(d.start, d.end),
            reportDate: d.reportDate.map(ROCDate.long) ?? Paragraph.promptMark + "報告日期",
            start: ROCDate.long(d.start),
            // The return date as written after the start: `9 月 6 日`, with the year when it
            // changes (`115 年 1 月 3 日`), so a trip over New Year does not lose a year.
            endMonthDay: d.start.year == d.end.year ? ROCDate.monthDay(d.end) : ROCDate.long(d.end),
            end: ROCDate.long(d.end),
            dayCount: d.start.days(until: d.end) + 1,
            memberCount: d.travellerCount,
            hasCities: !cities.isEmpty,
            cityNames: line(cities.joined(separator: "、")),
            visitCount: visits.count,
            visitNames: line(visits.map(\.title).joined(separator: "、")),
            hasOrgs: !orgs.isEmpty,
            // With no host named anywhere, the visits themselves, as many as fit.
            visitList: line(
                (orgs.isEmpty ? Array(visits.map(\.title).prefix(orgLimit ?? visits.count)) : []).joined(separator: "、")
                    + (orgs.isEmpty && (orgLimit ?? visits.count) < visits.count ? "等" : "")
            ),
            orgCount: orgs.count,
            orgNames: line(shownOrgs.joined(separator: "、") + (shownOrgs.count < orgs.count ? "等" : "")),
            hasThemes: !themes.isEmpty,
            themeNames: line(themes.joined(separator: "、")),
            hasCounterparts: !shownPeople.isEmpty,
            counterpartNames: line(shownPeople.joined(separator: "、") + (shownPeople.count < people.count ? "等人" : "")),
            hasOutcomes: !outcomes.isEmpty,
            outcomeNames: line(outcomes.joined(separator: "；")),
            hasPress: !outlets.isEmpty,
            pressOutlets: line(outlets.joined(separator: "、")),
            leader: leader,
            council: council
        )
    }

    /// Timed items by instant; date-only items by date, keeping their listed order.
    static func order(_ a: Moment, _ b: Moment) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if let x = a.instant, let y = b.instant { return x < y }
        return false
    }
}
