import ArgumentParser
import Foundation
import TripChecks
import TripModel
import TripStore

/// `tripwright schedule TRIP`: the trip day by day, in local times.
struct Schedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "逐日行程（當地時間；與出發地時區不同時註明時區）。 The trip day by day, in local times.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "只列出某位人員的行程（id 或姓名）。 Only what one member (id or name) takes part in.")
    var member: String?

    @Option(name: .long, help: "只列出某一天（YYYY-MM-DD）。 Only one day (YYYY-MM-DD).")
    var day: String?

    func validate() throws {
        if let day, LocalDate(iso: day) == nil {
            throw ValidationError("--day 需為 YYYY-MM-DD，例如 2025-09-01。 --day must be YYYY-MM-DD, e.g. 2025-09-01.")
        }
    }

    func run() throws {
        try reporting(global.lang) {
            let d = try loadDelegation(trip, from: try global.open(.readOnly))
            let memberID = try member.map { try findMember($0, in: d, lang: global.lang).id }
            var days = d.itinerary(member: memberID)
            if let day, let date = LocalDate(iso: day) { days = days.filter { $0.date == date } }
            if output.json { return try printJSON(ScheduleJSON(d, days: days)) }
            let checked = Checker().check(d, today: today(in: d.homeZone))
            say(ScheduleText(labels: Labels(delegation: d, lang: global.lang), checks: checked).render(days, member: memberID))
        }
    }
}

/// The human form of a schedule; items a diagnostic names are marked, with its message below.
struct ScheduleText {
    let labels: Labels
    var checks: CheckResult?

    func render(_ days: [ItineraryDay], member: String?) -> String {
        let d = labels.delegation, zh = labels.zh
        var out = [d.title]
        let period = zh ? "出國期間：\(ROCDate.range(d.start, d.end))" : "Dates: \(d.start.iso) to \(d.end.iso)"
        out.append(period + (zh ? "（時間皆為當地時間）" : " (all times local)"))
        if let member, let m = d.member(member) { out.append(zh ? "人員：\(m.name)\(m.title)" : "Member: \(m.name) (\(m.title))") }
        for day in days {
            out.append("")
            out.append(labels.day(day.date))
            if day.items.isEmpty && day.stays.isEmpty && day.continuing.isEmpty && day.arriving.isEmpty {
                out.append(zh ? "  （無行程）" : "  (nothing planned)")
            }
            for l in day.arriving {
                // A leg that left on an earlier date lands today.
                let when = labels.time(l.arrival).map { " \($0)" } ?? ""
                out.append("  " + TextWidth.pad(zh ? "抵達" : "Arrival", zh ? 8 : 13) + "  \(labels.place(l.toID))\(when)  (\(l.id))")
            }
            for e in day.continuing {
                // The day within the range is not known: say so rather than guess.
                out.append("  " + TextWidth.pad("…", zh ? 8 : 13) + "  \(labels.span(e) ?? "")  \(e.title)  (\(e.id))")
            }
            for item in day.items {
                out.append(line(item))
                if case let .event(e) = item { out.append(contentsOf: labels.contacts(e).map { "      " + $0 }) }
                for diagnostic in (checks?.diagnostics(naming: item.id) ?? []) where diagnostic.acknowledged == nil && diagnostic.severity != .info {
                    out.append("      " + mark(diagnostic.severity) + " [\(diagnostic.code.rawValue)] " + diagnostic.message.text(labels.lang))
                }
            }
            for stay in day.stays {
                let extra = [stay.phone, stay.remark].compactMap { $0 }.map { "  " + $0.replacingOccurrences(of: "\n", with: " ") }.joined()
                out.append("  " + (zh ? "住宿  " : "Stay  ") + labels.place(stay.placeID) + (labels.who(stay.participants).map { "  [\($0)]" } ?? "") + extra)
            }
        }
        return out.joined(separator: "\n")
    }

    /// `✖` for an error, `▲` for a warning.
    private func mark(_ severity: Severity?) -> String {
        switch severity {
        case .error?: "✖"
        case .warning?: "▲"
        default: " "
        }
    }

    private func line(_ item: ItineraryItem) -> String {
        let lang = labels.lang
        let flag = mark(checks?.flaggedItems[item.id].flatMap { $0 == .info ? nil : $0 })
        switch item {
        case let .event(e):
            var parts = [flag + " " + TextWidth.pad(e.kind.name(lang), lang == .zh ? 8 : 13)]
            if let span = labels.span(e) { parts.append(span) }
            parts.append(e.title)
            if let p = e.placeID, labels.place(p) != e.title, !e.title.contains(labels.place(p)) { parts.append("@ " + labels.place(p)) }
            if let who = labels.who(e.participants) { parts.append("[\(who)]") }
            parts.append("(\(e.id))")
            return parts.joined(separator: "  ")
        case let .leg(l):
            let kind = labels.delegation.kind(of: l).name(lang)
            var parts = [flag + " " + TextWidth.pad(kind, lang == .zh ? 8 : 13), labels.leg(l)]
            if let who = labels.who(l.participants) { parts.append("[\(who)]") }
            parts.append("(\(l.id))")
            return parts.joined(separator: "  ")
        }
    }
}

/// The JSON form of a schedule.
struct ScheduleJSON: Encodable {
    struct Item: Encodable {
        var id: String, type: String, kind: String, title: String
        var date: String, start: String?, end: String?, zone: String
        var place: String?, to: String?, arrivalDate: String?, participants: [String]
        /// The part of the day (`afternoon`) of an item known only by it.
        var part: String? = nil
    }

    struct Day: Encodable {
        var date: String, roc: String, weekday: String, items: [Item], stays: [String]
    }

    var id: String, title: String, homeZone: String, days: [Day]

    init(_ d: Delegation, days: [ItineraryDay]) {
        id = d.id
        title = d.title
        homeZone = d.homeZone.identifier
        self.days = days.map { day in
            Day(date: day.date.iso, roc: ROCDate.long(day.date), weekday: ROCDate.weekday(day.date),
                items: day.items.map { item in
                    switch item {
                    case let .event(e):
                        return Item(id: e.id, type: "event", kind: e.kind.rawValue, title: e.title, date: e.date.iso,
                                    start: e.start.instant.map(ScheduleJSON.iso), end: e.end?.instant.map(ScheduleJSON.iso),
                                    zone: e.start.zone.identifier, place: e.placeID, to: nil, arrivalDate: e.end?.date.iso,
                                    participants: d.participants(e.participants), part: e.start.part?.rawValue)
                    case let .leg(l):
                        let title = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
                        return Item(id: l.id, type: "leg", kind: d.kind(of: l).rawValue, title: title.isEmpty ? l.mode.rawValue : title,
                                    date: l.departure.date.iso, start: l.departure.instant.map(ScheduleJSON.iso),
                                    end: l.arrival?.instant.map(ScheduleJSON.iso), zone: l.departure.zone.identifier,
                                    place: l.fromID, to: l.toID, arrivalDate: l.arrival?.date.iso, participants: d.participants(l.participants),
                                    part: l.departure.part?.rawValue)
                    }
                },
                stays: day.stays.map(\.id))
        }
    }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
