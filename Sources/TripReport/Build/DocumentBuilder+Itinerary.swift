import TripModel

/// The itinerary tables: seed 000's (date, type, content) and seed 004's (date and place, content).
/// Both list the days as they happen (the day's order from `Delegation.inOrder`), an item known
/// to span several days on each of them, the day a flight lands when it lands on a later date,
/// who did what on a split day, and places by their zh-Hant names.
extension DocumentBuilder {
    /// One row of the itinerary: an event, a leg, or a leg's landing, on a local date.
    struct Entry {
        /// Identifies the item (`e:id`, `l:id`, `a:id` for a landing), to list it once per group.
        var key: String
        var date: LocalDate
        var kind: EventKind
        var content: [String]
        /// Same for two spellings of one city; nil when unknown.
        var cityKey: String?
        /// The zh-Hant city name for the council table's place cell.
        var city: String?
        /// The plan's label for the area (大波士頓地區).
        var area: String?
        /// The first and last day of an event known to span several days.
        var span: ClosedRange<LocalDate>?
    }

    /// Every day's entries, in order, days first to last.
    var entryDays: [(date: LocalDate, entries: [Entry])] {
        let d = delegation
        return d.itinerary().compactMap { day in
            var entries: [Entry] = day.arriving.map(landing)
            let items = d.inOrder(day.items + day.continuing.map { .event($0) })
            for item in items {
                switch item {
                case let .event(e): entries.append(entry(e, on: day.date))
                case let .leg(l): entries.append(entry(l, on: day.date))
                }
            }
            return entries.isEmpty ? nil : (day.date, entries)
        }
    }

    /// Every entry, days in order.
    var entries: [Entry] { entryDays.flatMap(\.entries) }

    private func entry(_ e: Event, on date: LocalDate) -> Entry {
        let place = delegation.place(e.placeID)
        var span: ClosedRange<LocalDate>?
        var when = time(e.start)
        // 10:40–11:00 for a timed item that ends the same day.
        if let end = e.end, end.date == e.date, let a = e.start.localTime, let b = end.localTime { when = "\(a)–\(b) " }
        var text = when + e.title
        if let last = e.end?.date, last > e.date, !e.start.isTimed {
            span = e.date...last
            text += "（\(e.date.month)/\(e.date.day)–\(last.month)/\(last.day)）"
        }
        return Entry(
            key: "e:\(e.id)",
            date: date,
            kind: e.kind,
            content: [text + who(e.participants)],
            cityKey: context.cityKey(place),
            city: context.cityName(place),
            area: e.area,
            span: span
        )
    }

    private func entry(_ l: Leg, on date: LocalDate) -> Entry {
        let kind = delegation.kind(of: l)
        let origin = delegation.place(l.fromID)
        var lines = legText(l)
        lines[0] += who(l.participants)
        return Entry(
            key: "l:\(l.id)",
            date: date,
            kind: kind,
            content: lines,
            cityKey: context.cityKey(origin),
            city: kind == .departure ? context.departureName(origin) : context.cityName(origin),
            area: nil,
            span: nil
        )
    }

    /// The row for the day a leg lands when it left on an earlier date: `05:30 抵達桃園（JX847）`.
    private func landing(_ l: Leg) -> Entry {
        let to = delegation.place(l.toID)
        let name = context.routeName(to) ?? l.toID
        let service = [l.carrier, l.number].compactMap { $0 }.joined(separator: " ")
        let text = (l.arrival.map(time) ?? "") + "抵達\(name)" + (service.isEmpty ? "" : "（\(service)）") + who(l.participants)
        return Entry(
            key: "a:\(l.id)",
            date: l.arrival?.date ?? l.departure.date,
            kind: delegation.kind(of: l),
            content: [text],
            cityKey: context.cityKey(to),
            city: context.cityName(to),
            area: nil,
            span: nil
        )
    }

    /// `（張峯源、洪青瑞）` for an item only some members take part in; nothing for everyone.
    func who(_ participants: [String]) -> String {
        guard !participants.isEmpty, participants.count < delegation.members.count else { return "" }
        return "（" + participants.map { delegation.member($0)?.name ?? $0 }.joined(separator: "、") + "）"
    }

    /// `桃園→福岡 搭乘星宇航空 JX840 班機`, then the remark (or the remark alone when it names the flight).
    func legText(_ leg: Leg) -> [String] {
        let d = delegation
        let from = context.routeName(d.place(leg.fromID)) ?? leg.fromID
        let to = context.routeName(d.place(leg.toID)) ?? leg.toID
        var route = time(leg.departure) + "\(from)→\(to)"
        if let by = leg.departBy, by > leg.departure.date {
            route = "\(leg.departure.date.month)/\(leg.departure.date.day)–\(by.month)/\(by.day) " + route
        }
        // A remark that already names the flight says it as the itinerary wrote it (seed 000:
        // 「桃園→福岡 搭乘星宇航 JX840 班機自桃園機場出發至福岡國際機場」); do not say it twice.
        if let remark = leg.remark, let number = leg.number, remark.contains(number) {
            return [route + " " + remark]
        }
        // A landing time known without the departure's (18:20 返抵) is said after the route.
        if !leg.departure.isTimed, let arrival = leg.arrival, arrival.date == leg.departure.date, arrival.isTimed || arrival.part != nil {
            route += "（" + time(arrival).trimmingCharacters(in: .whitespaces) + "抵達）"
        }
        if leg.mode == .flight {
            let service = [leg.carrier, leg.number].compactMap { $0 }.joined(separator: " ")
            let flight = service.isEmpty ? "搭乘班機" : "搭乘\(service) 班機"
            return [route + " " + flight] + (leg.remark.map { [$0] } ?? [])
        }
        if leg.mode == .unknown { return [route + (leg.remark.map { " " + $0 } ?? "")] }
        return [route + " " + (leg.remark ?? "搭乘\(leg.mode.zh)")]
    }

    /// `09:30 ` when the moment has a clock time, `下午 ` for a part of the day, else nothing.
    func time(_ moment: Moment) -> String {
        if let t = moment.localTime { return "\(t) " }
        return moment.part.map { "\($0.zh) " } ?? ""
    }

    /// 參訪日程 as in seed 000: the date spans its day's rows; type; content. Consecutive days
    /// holding nothing but the same items known to span them share one date cell.
    mutating func itinerary(_ spec: SectionSpec) {
        let header = [
            TableCell(spec.label("date", "日期"), centred: true),
            TableCell(spec.label("content", "行程內容"), colSpan: 2, centred: true),
        ]
        var groups: [(first: LocalDate, last: LocalDate, entries: [Entry])] = []
        for (date, entries) in entryDays {
            let onlySpans = entries.allSatisfy { $0.span != nil }
            if onlySpans, var last = groups.last, last.last.adding(days: 1) == date,
                last.entries.allSatisfy({ $0.span != nil }), last.entries.map(\.key) == entries.map(\.key)
            {
                last.last = date
                groups[groups.count - 1] = last
            } else {
                groups.append((date, date, entries))
            }
        }
        var rows: [[TableCell]] = []
        for group in groups {
            for (i, item) in group.entries.enumerated() {
                var row: [TableCell] = []
                if i == 0 {
                    let day = group.first
                    let last = group.last
                    let cell =
                        last == day
                        ? ["\(day.month)月\(day.day)日", "(\(ROCDate.weekday(day)))"]
                        : ["\(day.month)月\(day.day)日至\(last.month)月\(last.day)日", "(\(ROCDate.weekday(day))至\(ROCDate.weekday(last)))"]
                    row.append(TableCell(cell, rowSpan: group.entries.count, centred: true))
                }
                row.append(TableCell(item.kind.zh, centred: true))
                var content = item.content
                // Rows of a shared date cell need not repeat the span they all have.
                if group.last != group.first, let span = item.span {
                    let suffix = "（\(span.lowerBound.month)/\(span.lowerBound.day)–\(span.upperBound.month)/\(span.upperBound.day)）"
                    content[0] = content[0].replacingOccurrences(of: suffix, with: "")
                }
                row.append(TableCell(content))
                rows.append(row)
            }
        }
        blocks.append(.table(Table(widths: [2, 1.8, 6.2], header: [header], rows: rows)))
    }

    /// The itinerary as in seed 004: consecutive items in one area (the plan's `area`, else the
    /// city) share a date-and-place cell, `3/11（三）—3/13（五）` over the days they cover; an item
    /// known to span days is listed once, its span widening the cell's dates.
    mutating func councilItinerary(_ spec: SectionSpec) {
        let header = [
            TableCell(spec.label("date", "日期/地點"), centred: true),
            TableCell(spec.label("content", "行程內容"), centred: true),
        ]
        struct Group {
            var first: LocalDate
            var last: LocalDate
            var place: String?
            var key: String?
            /// Cities of the group's items: a leg leaving one of them belongs with them.
            var cities: Set<String>
            var items: [Entry]
        }
        var groups: [Group] = []
        var listed = Set<String>()
        for entry in entries where listed.insert(entry.key).inserted {
            let key = entry.area ?? entry.cityKey
            let end = entry.span?.upperBound ?? entry.date
            let journey = [.departure, .return].contains(entry.kind)
            let sameArea = { (g: Group) in
                g.key == key || (entry.area == nil && entry.cityKey.map { g.cities.contains($0) } == true)
            }
            // Departures and returns have cells of their own, shared only with the same journey
            // from the same place on the same day (two groups flying home from Shanghai).
            let sameJourney = { (g: Group) in
                journey && g.key == key && g.last == entry.date && g.items.allSatisfy { $0.kind == entry.kind }
            }
            let fits = { (g: Group) in
                journey
                    ? sameJourney(g)
                    : sameArea(g) && (g.items.last.map { ![.departure, .return].contains($0.kind) } ?? false)
            }
            if var last = groups.last, fits(last) {
                last.last = max(last.last, end)
                if last.place == nil { last.place = entry.area ?? entry.city }
                if let city = entry.cityKey { last.cities.insert(city) }
                last.items.append(entry)
                groups[groups.count - 1] = last
            } else {
                groups.append(
                    Group(
                        first: entry.date,
                        last: end,
                        place: entry.area ?? entry.city,
                        key: key,
                        cities: Set([entry.cityKey].compactMap { $0 }),
                        items: [entry]
                    )
                )
            }
        }
        var rows: [[TableCell]] = []
        for group in groups {
            // 3/11（三）as the issue quotes seed 004's table; a group over New Year names both years
            // (`114/12/30（二）`).
            let years = group.first.year != group.last.year
            func day(_ date: LocalDate) -> String {
                (years ? "\(ROCDate.year(of: date))/" : "") + "\(date.month)/\(date.day)（\(ROCDate.weekday(date).dropFirst(2))）"
            }
            var when = day(group.first)
            if group.last != group.first { when += "—" + day(group.last) }
            for (i, item) in group.items.enumerated() {
                var row: [TableCell] = []
                if i == 0 {
                    row.append(TableCell([when] + (group.place.map { [$0] } ?? []), rowSpan: group.items.count, centred: true))
                }
                var content = item.content
                if group.last != group.first, let span = item.span {
                    let suffix = "（\(span.lowerBound.month)/\(span.lowerBound.day)–\(span.upperBound.month)/\(span.upperBound.day)）"
                    content[0] = content[0].replacingOccurrences(of: suffix, with: "")
                }
                // 拜會 姊妹市曼徹斯特市政府, but not 拜會 拜會駐韓國台北代表部.
                let type = item.kind == .other || content[0].hasPrefix(item.kind.zh) ? "" : item.kind.zh + " "
                row.append(TableCell(content.enumerated().map { $0.offset == 0 ? type + $0.element : $0.element }))
                rows.append(row)
            }
        }
        blocks.append(.table(Table(widths: [3, 7], header: [header], rows: rows)))
    }
}
