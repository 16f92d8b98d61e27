import TripModel

/// The itinerary tables: seed 000's (date, type, content) and seed 004's (date and place, content).
extension DocumentBuilder {
    /// One row of the itinerary: an event or a leg on a local date.
    struct Entry {
        var date: LocalDate
        var start: Moment
        var kind: EventKind
        var content: [String]
        var city: String?
        /// Departures first in a day, transfers and returns last, visits between.
        var rank: Int
    }

    /// Every event and leg as itinerary entries, in order.
    var entries: [Entry] {
        let d = delegation
        var out: [Entry] = []
        for event in d.events {
            let rank = event.kind == .departure ? 0 : ([.transfer, .return].contains(event.kind) ? 2 : 1)
            out.append(Entry(date: event.date, start: event.start, kind: event.kind,
                             content: [time(event.start) + event.title],
                             city: d.place(event.placeID)?.city, rank: rank))
        }
        for leg in d.legs {
            let kind = d.kind(of: leg)
            out.append(Entry(date: leg.departure.date, start: leg.departure, kind: kind,
                             content: legText(leg), city: d.place(leg.fromID)?.city,
                             rank: kind == .departure ? 0 : 2))
        }
        return out.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.date != y.date { return x.date < y.date }
            if let i = x.start.instant, let j = y.start.instant { return i < j }
            if x.rank != y.rank { return x.rank < y.rank }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// `桃園→福岡 搭乘星宇航空 JX840 班機`, then the remark (or the remark alone when it names the flight).
    func legText(_ leg: Leg) -> [String] {
        let d = delegation
        let from = d.place(leg.fromID).map(shortName) ?? leg.fromID
        let to = d.place(leg.toID).map(shortName) ?? leg.toID
        let route = time(leg.departure) + "\(from)→\(to)"
        // A remark that already names the flight says it as the itinerary wrote it (seed 000:
        // 「桃園→福岡 搭乘星宇航 JX840 班機自桃園機場出發至福岡國際機場」); do not say it twice.
        if let remark = leg.remark, let number = leg.number, remark.contains(number) {
            return [route + " " + remark]
        }
        if leg.mode == .flight {
            let service = [leg.carrier, leg.number].compactMap { $0 }.joined(separator: " ")
            let flight = service.isEmpty ? "搭乘班機" : "搭乘\(service) 班機"
            return [route + " " + flight] + (leg.remark.map { [$0] } ?? [])
        }
        return [route + " " + (leg.remark ?? "搭乘\(leg.mode.zh)")]
    }

    /// The city when it is written in Chinese, else the place's Chinese name (桃園國際機場 rather
    /// than Taipei), else whatever name there is.
    func shortName(_ place: Place) -> String {
        if let city = place.city, city.cjkCount > 0 { return city }
        if place.name.cjkCount > 0 { return place.name }
        return place.city ?? place.name
    }

    /// `09:30 ` when the moment has a clock time, else nothing.
    func time(_ moment: Moment) -> String {
        moment.localTime.map { "\($0) " } ?? ""
    }

    /// 參訪日程 as in seed 000: the date spans its day's rows; type; content.
    mutating func itinerary(_ spec: SectionSpec) {
        let header = [TableCell(spec.label("date", "日期"), centred: true),
                      TableCell(spec.label("content", "行程內容"), colSpan: 2, centred: true)]
        var rows: [[TableCell]] = []
        let byDay = Dictionary(grouping: entries, by: \.date)
        for day in byDay.keys.sorted() {
            let items = entries.filter { $0.date == day }
            for (i, item) in items.enumerated() {
                var row: [TableCell] = []
                if i == 0 {
                    row.append(TableCell(["\(day.month)月\(day.day)日", "(\(ROCDate.weekday(day)))"],
                                         rowSpan: items.count, centred: true))
                }
                row.append(TableCell(item.kind.zh, centred: true))
                row.append(TableCell(item.content))
                rows.append(row)
            }
        }
        blocks.append(.table(Table(widths: [2, 1.8, 6.2], header: [header], rows: rows)))
    }

    /// The itinerary as in seed 004: consecutive days in one city share a date-and-place cell.
    mutating func councilItinerary(_ spec: SectionSpec) {
        let header = [TableCell(spec.label("date", "日期/地點"), centred: true),
                      TableCell(spec.label("content", "行程內容"), centred: true)]
        var groups: [(first: LocalDate, last: LocalDate, city: String?, items: [Entry])] = []
        for entry in entries {
            if var last = groups.last, last.city == entry.city, entry.kind != .departure, entry.kind != .return,
               last.items.last.map({ $0.kind != .departure && $0.kind != .return }) ?? false {
                last.last = entry.date
                last.items.append(entry)
                groups[groups.count - 1] = last
            } else {
                groups.append((entry.date, entry.date, entry.city, [entry]))
            }
        }
        var rows: [[TableCell]] = []
        for group in groups {
            // Seed 004 writes `3/11 (三)`; a group over New Year names both years (`114/12/30 (二)`).
            let years = group.first.year != group.last.year
            func day(_ date: LocalDate) -> String {
                (years ? "\(ROCDate.year(of: date))/" : "") + "\(date.month)/\(date.day) \(ROCDate.shortWeekday(date))"
            }
            var when = day(group.first)
            if group.last != group.first { when += "—" + day(group.last) }
            for (i, item) in group.items.enumerated() {
                var row: [TableCell] = []
                if i == 0 {
                    row.append(TableCell([when] + (group.city.map { [$0] } ?? []), rowSpan: group.items.count, centred: true))
                }
                let type = item.kind == .other ? "" : item.kind.zh + " "
                row.append(TableCell(item.content.enumerated().map { $0.offset == 0 ? type + $0.element : $0.element }))
                rows.append(row)
            }
        }
        blocks.append(.table(Table(widths: [3, 7], header: [header], rows: rows)))
    }
}
