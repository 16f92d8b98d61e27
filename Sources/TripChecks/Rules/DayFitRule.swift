import Foundation
import TripModel

/// Rule 10: items known only by date never overlap, but a day whose items cannot fit one after
/// another between `day.start` and `day.end` (each date-only event taking `dated.minutes`, plus
/// the ground trips between them and the legs with their buffers) is reported.
enum DayFitRule {
    private struct Key: Hashable {
        let day: Int
        let items: [Int]
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let dayStart = ctx.number(.dayStart), dayEnd = ctx.number(.dayEnd)
        let available = max(0, dayEnd - dayStart) * 60
        var found: [Key: (needed: Double, items: [Item], members: [String])] = [:]
        for (group, chain) in ctx.chainGroups {
            var i = 0
            while i < chain.count {
                var j = i
                let day = chain[i].start.date
                while j < chain.count, chain[j].start.date == day { j += 1 }
                // Items known only to span several days (3/11–3/13) can happen on any of them:
                // they neither trigger nor fill a day.
                let items = chain[i..<j].filter { !spansDays($0) }
                i = j
                guard items.contains(where: { $0.startInstant == nil }) else { continue }
                let needed = neededMinutes(items, ctx, window: (dayStart, dayEnd))
                guard needed > available else { continue }
                let key = Key(day: day.dayNumber, items: items.map(\.index))
                if found[key] == nil { found[key] = (needed, items, group) } else { found[key]?.members.append(contentsOf: group) }
            }
        }
        let window = Text.twoDigits(Int(dayStart)) + ":00–" + Text.twoDigits(Int(dayEnd)) + ":00"
        for key in found.keys.sorted(by: { ($0.day, $0.items.first ?? 0) < ($1.day, $1.items.first ?? 0) }) {
            guard let (needed, items, members) = found[key] else { continue }
            let who = ctx.inRosterOrder(members)
            let day = LocalDate(dayNumber: key.day)
            let hours = Text.oneDecimal(needed / 60), have = Text.compact(available / 60)
            // Name the first few; `items` lists them all.
            let named = Array(items.prefix(4)), more = items.count - named.count
            let listZH = ctx.zh(named) + (more > 0 ? " 等 \(items.count) 項" : "")
            let listEN = ctx.en(named) + (more > 0 ? " and \(more) more" : "")
            out.append(Diagnostic(
                code: .dayOverfull, severity: .warning, items: items.map(\.id), day: day, members: who,
                message: LocalizedText(
                    zh: "\(ROCDate.long(day)) 的 \(items.count) 項行程依序約需 \(hours) 小時(含交通)，超過一天可用的 \(have) 小時(\(window))：\(listZH)。",
                    en: "The \(items.count) items of \(day.iso) need about \(hours) h in order (with travel), more than the \(have) h of a day (\(window)): \(listEN)."),
                fix: LocalizedText(zh: "把部分行程移到其他日期，或寫上時間讓檢查能精確計算。",
                                   en: "Move some items to another day, or give them clock times so they can be checked exactly.")))
        }
    }

    private static func neededMinutes(_ items: [Item], _ ctx: CheckContext, window: (Double, Double)) -> Double {
        var total = 0.0
        var previous: Item?
        for item in items {
            if let prev = previous { total += ctx.travelMinutes(from: prev.to, to: item.from) ?? 0 }
            previous = item
            if let mode = item.mode {
                let buffers = ctx.buffers(mode)
                if let minutes = clipped(item, ctx, window: window) {
                    total += minutes
                } else if mode == .flight {
                    // A date-only flight may fly through the night: only its check-in time counts.
                    total += buffers.before
                } else {
                    total += (ctx.estimatedLegMinutes(item) ?? 0) + buffers.before + buffers.after
                }
            } else {
                total += clipped(item, ctx, window: window) ?? ctx.limits.datedMinutes
            }
        }
        return total
    }

    /// An event with no clock times whose end date is after its start date.
    private static func spansDays(_ item: Item) -> Bool {
        !item.isLeg && item.startInstant == nil && (item.end.map { $0.date > item.start.date } ?? false)
    }

    /// Minutes of a timed item inside the day's window, nil when the item has no clock times.
    private static func clipped(_ item: Item, _ ctx: CheckContext, window: (Double, Double)) -> Double? {
        guard let s = item.startInstant else { return nil }
        guard let e = item.endInstant else { return item.isLeg ? nil : ctx.limits.datedMinutes }
        let midnight = ctx.clock.startOfDay(item.start.date, in: item.start.zone)
        let open = midnight.addingTimeInterval(window.0 * 3600), close = midnight.addingTimeInterval(window.1 * 3600)
        let from = max(s, open), to = min(e, close)
        return max(0, to.timeIntervalSince(from) / 60)
    }
}
