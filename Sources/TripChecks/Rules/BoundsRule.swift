import Foundation
import TripModel

/// Rule 5: items outside the trip's dates, legs that land before they leave, too much ground
/// travel in a day, and days with nothing planned.
enum BoundsRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        outsideDates(ctx, &out)
        arrivals(ctx, &out)
        groundTravel(ctx, &out)
        emptyDays(ctx, &out)
    }

    /// The absolute span of a moment: its instant, or its whole local day.
    static func span(_ m: Moment, _ ctx: CheckContext) -> (Date, Date) {
        if let i = m.instant { return (i, i) }
        return (ctx.clock.startOfDay(m.date, in: m.zone), ctx.clock.endOfDay(m.date, in: m.zone))
    }

    private static func outsideDates(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let trip = ctx.tripSpan
        let d = ctx.delegation
        func outside(_ m: Moment) -> Bool {
            let (s, e) = span(m, ctx)
            // A date-only moment abroad is inside when any part of its local day is.
            return m.instant == nil ? (e <= trip.start || s >= trip.end) : (s < trip.start || s >= trip.end)
        }
        let rangeZH = ROCDate.range(d.start, d.end)
        let rangeEN = "\(d.start.iso)–\(d.end.iso)"
        for item in ctx.items where outside(item.start) || item.end.map(outside) == true {
            out.append(
                Diagnostic(
                    code: .outsideDates,
                    severity: .error,
                    items: [item.id],
                    day: item.start.date,
                    message: LocalizedText(
                        zh: "\(ctx.zh(item))不在出國期間 \(rangeZH) 之內。",
                        en: "\(ctx.en(item)) is outside the trip's dates \(rangeEN)."
                    ),
                    fix: LocalizedText(
                        zh: "修正日期，或調整出國期間（start / end）。",
                        en: "Fix its date, or widen the trip's start / end."
                    )
                )
            )
        }
        for stay in d.stays where stay.checkIn < d.start || stay.checkOut > d.end {
            out.append(
                Diagnostic(
                    code: .outsideDates,
                    severity: .error,
                    items: [stay.id],
                    day: stay.checkIn,
                    message: LocalizedText(
                        zh: "住宿「\(ctx.placeName(ctx.places[stay.placeID]).zh)」（\(ROCDate.range(stay.checkIn, stay.checkOut))）不在出國期間 \(rangeZH) 之內。",
                        en:
                            "The stay at \"\(ctx.placeName(ctx.places[stay.placeID]).en)\" (\(stay.checkIn.iso)–\(stay.checkOut.iso)) is outside the trip's dates \(rangeEN)."
                    ),
                    fix: LocalizedText(zh: "修正入住或退房日期。", en: "Fix the check-in or check-out date.")
                )
            )
        }
    }

    private static func arrivals(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        for item in ctx.items where item.isLeg {
            guard let end = item.end else { continue }
            let (ds, _) = span(item.start, ctx)
            let (_, ae) = span(end, ctx)
            let backwards = (end.instant != nil && item.start.instant != nil) ? ae < ds : ae <= ds
            guard backwards else { continue }
            out.append(
                Diagnostic(
                    code: .legArrivesBeforeDeparture,
                    severity: .error,
                    items: [item.id],
                    day: item.start.date,
                    message: LocalizedText(
                        zh: "\(ctx.zh(item))的抵達時間早於出發時間（以絕對時間計）。",
                        en: "\(ctx.en(item)) arrives before it departs in absolute time."
                    ),
                    fix: LocalizedText(
                        zh: "出發時間以出發地時區、抵達時間以抵達地時區填寫；隔日抵達請寫上日期。",
                        en:
                            "Write the departure in the origin's local time and the arrival in the destination's, with the date when it lands the next day."
                    )
                )
            )
        }
    }

    private static func groundTravel(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let limit = ctx.number(.groundMaxHours) * 60
        struct Key: Hashable {
            let day: Int
            let legs: [Int]
        }
        var found: [Key: (minutes: Double, legs: [Item], members: [String])] = [:]
        var order: [Key] = []
        for (group, chain) in ctx.chainGroups {
            var byDay: [Int: [Item]] = [:]
            for item in chain where item.isGroundLeg { byDay[item.start.date.dayNumber, default: []].append(item) }
            for (day, legs) in byDay {
                let minutes = legs.reduce(0.0) { $0 + (ctx.legMinutes($1) ?? 0) }
                guard minutes > limit else { continue }
                let key = Key(day: day, legs: legs.map(\.index))
                if found[key] == nil {
                    found[key] = (minutes, legs, group)
                    order.append(key)
                } else {
                    found[key]?.members.append(contentsOf: group)
                }
            }
        }
        // By day, then by the legs' plan order (not the order a dictionary gave them, which
        // changes from run to run).
        for key in order.sorted(by: { $0.day != $1.day ? $0.day < $1.day : $0.legs.lexicographicallyPrecedes($1.legs) }) {
            guard let (minutes, legs, members) = found[key] else { continue }
            let who = ctx.inRosterOrder(members)
            let hours = Text.oneDecimal(minutes / 60)
            let max = Text.compact(limit / 60)
            out.append(
                Diagnostic(
                    code: .groundTravel,
                    severity: .warning,
                    items: legs.map(\.id),
                    day: LocalDate(dayNumber: key.day),
                    members: who,
                    message: LocalizedText(
                        zh: "\(ROCDate.long(LocalDate(dayNumber: key.day))) 地面交通約 \(hours) 小時，超過 \(max) 小時：\(ctx.zh(legs))。",
                        en: "About \(hours) h of ground travel on \(LocalDate(dayNumber: key.day).iso), over \(max) h: \(ctx.en(legs))."
                    ),
                    fix: LocalizedText(
                        zh: "把行程拆到兩天，或改搭飛機或鐵路。",
                        en: "Spread it over two days, or fly or take the train."
                    )
                )
            )
        }
    }

    private static func emptyDays(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let covered = ctx.coveredDays(members: nil)
        // Consecutive empty days are one note.
        var runs: [(first: LocalDate, last: LocalDate)] = []
        for day in ctx.delegation.days where !covered.contains(day.dayNumber) {
            if let last = runs.last, last.last.adding(days: 1) == day {
                runs[runs.count - 1].last = day
            } else {
                runs.append((day, day))
            }
        }
        for (first, last) in runs {
            let zh =
                first == last
                ? "\(ROCDate.long(first))（\(ROCDate.weekday(first))）"
                : "\(ROCDate.range(first, last)) 共 \(first.days(until: last) + 1) 天"
            let en =
                first == last
                ? "\(first.iso) (\(ROCDate.englishWeekday(first)))"
                : "the \(first.days(until: last) + 1) days from \(first.iso) to \(last.iso)"
            out.append(
                Diagnostic(
                    code: .emptyDay,
                    severity: .info,
                    day: first,
                    message: LocalizedText(zh: "\(zh)沒有任何行程。", en: "Nothing is planned on \(en)."),
                    fix: LocalizedText(
                        zh: "若為自由活動日，可在計畫檔的 checks.acknowledge 確認此提示；否則補上行程。",
                        en: "If the time is free, acknowledge it under checks.acknowledge in the plan file; otherwise add the items."
                    )
                )
            )
        }
    }
}
