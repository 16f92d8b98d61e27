import Foundation
import TripModel

/// Rule 10: items known only by date never overlap, but a day whose items cannot be placed one
/// after another between `day.start` and `day.end` is reported. The day is walked in order from
/// `day.start`: each date-only event takes `dated.minutes` (not before the start of its part of
/// the day, 下午, and not past its end), timed items happen at their clock times, ground trips
/// between places and the buffers of legs are added. A date-only item that cannot end by
/// `day.end`, or that cannot be done before a timed item it comes before (a call on the morning
/// of a 07:00 flight), makes the day overfull.
enum DayFitRule {
    private struct Key: Hashable {
        let day: Int
        let items: [Int]
    }

    /// Why a day does not fit: too much for the day, or not done in time for a timed item.
    private enum Shortfall {
        case day(needed: Double)
        case before(Item, needed: Double, available: Double)
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let dayStart = ctx.number(.dayStart)
        let dayEnd = ctx.number(.dayEnd)
        let available = max(0, dayEnd - dayStart) * 60
        var found: [Key: (shortfall: Shortfall, items: [Item], members: [String])] = [:]
        for (group, chain) in ctx.chainGroups {
            var i = 0
            while i < chain.count {
                var j = i
                let day = chain[i].day
                while j < chain.count, chain[j].day == day { j += 1 }
                // Items known only to span several days (3/11–3/13) can happen on any of them:
                // they neither trigger nor fill a day.
                let items = chain[i..<j].filter { !spansDays($0) }
                i = j
                guard items.contains(where: { $0.startInstant == nil }) else { continue }
                guard let shortfall = walk(items, day: LocalDate(dayNumber: day), ctx, window: (dayStart, dayEnd)) else { continue }
                let key = Key(day: day, items: items.map(\.index))
                if found[key] == nil { found[key] = (shortfall, items, group) } else { found[key]?.members.append(contentsOf: group) }
            }
        }
        let window = Text.twoDigits(Int(dayStart)) + ":00–" + Text.twoDigits(Int(dayEnd)) + ":00"
        // By day, then by the items' plan order: two groups whose days start with the same item
        // (a bus they share) were once reported in the dictionary's order, which changes
        // from run to run.
        for key in found.keys.sorted(by: { $0.day != $1.day ? $0.day < $1.day : $0.items.lexicographicallyPrecedes($1.items) }) {
            guard let (shortfall, items, members) = found[key] else { continue }
            let who = ctx.inRosterOrder(members)
            let day = LocalDate(dayNumber: key.day)
            let have = Text.compact(available / 60)
            let message: LocalizedText
            switch shortfall {
            case let .day(needed):
                // Name the first few; `items` lists them all.
                let named = Array(items.prefix(4))
                let more = items.count - named.count
                let listZH = ctx.zh(named) + (more > 0 ? " 等 \(items.count) 項" : "")
                let listEN = ctx.en(named) + (more > 0 ? " and \(more) more" : "")
                let hours = Text.oneDecimal(needed / 60)
                message = LocalizedText(
                    zh: "\(ROCDate.long(day)) 的 \(items.count) 項行程依序約需 \(hours) 小時（含交通），超過一天可用的 \(have) 小時（\(window)）：\(listZH)。",
                    en:
                        "The \(items.count) items of \(day.iso) need about \(hours) h in order (with travel), more than the \(have) h of a day (\(window)): \(listEN)."
                )
            case let .before(timed, needed, availableBefore):
                let earlier = items.prefix { $0 !== timed }
                let named = Array(earlier.suffix(4))
                let n = Int(needed.rounded())
                let a = Int(max(0, availableBefore).rounded())
                message = LocalizedText(
                    zh:
                        "\(ROCDate.long(day)) 的\(ctx.zh(named))須在\(ctx.zh(timed))之前完成，依序約需 \(n) 分鐘（含交通與緩衝），但從 \(Text.twoDigits(Int(dayStart))):00 起只有 \(a) 分鐘。",
                    en:
                        "On \(day.iso), \(ctx.en(named)) must be done before \(ctx.en(timed)), needing about \(n) min in order (with travel and buffers), but only \(a) min remain from \(Text.twoDigits(Int(dayStart))):00."
                )
            }
            out.append(
                Diagnostic(
                    code: .dayOverfull,
                    severity: .warning,
                    items: items.map(\.id),
                    day: day,
                    members: who,
                    message: message,
                    fix: LocalizedText(
                        zh: "把部分行程移到其他日期，或寫上時間讓檢查能精確計算。",
                        en: "Move some items to another day, or give them clock times so they can be checked exactly."
                    )
                )
            )
        }
    }

    /// Walks the day's items in order from `day.start`; the first shortfall, or nil when they fit.
    private static func walk(_ items: [Item], day: LocalDate, _ ctx: CheckContext, window: (Double, Double)) -> Shortfall? {
        var cursor: Date?
        var total = 0.0
        var startedAt: Date?
        var previous: Item?
        var pendingDated = false
        for item in items {
            let midnight = ctx.clock.startOfDay(day, in: item.start.zone)
            let open = midnight.addingTimeInterval(window.0 * 3600)
            let close = midnight.addingTimeInterval(window.1 * 3600)
            var now = cursor ?? open
            if startedAt == nil { startedAt = now }
            // Ground trips no leg carries (another country, an ocean) are rule 4's, not estimated here.
            if let prev = previous, ctx.joined(prev, item).0 {
                let travel = ctx.travelMinutes(from: prev.to, to: item.from) ?? 0
                now = now.addingTimeInterval(travel * 60)
                total += travel
            }
            previous = item
            if let s = item.startInstant {
                let before = item.mode.map { ctx.buffers($0).before } ?? 0
                let latest = s.addingTimeInterval(-before * 60)
                if pendingDated, now > latest.addingTimeInterval(60) {
                    let needed = now.timeIntervalSince(startedAt ?? open) / 60 + before
                    return .before(item, needed: needed, available: latest.timeIntervalSince(open) / 60)
                }
                if let e = item.endInstant {
                    total += clippedMinutes(s, e, open: open, close: close)
                    now = max(now, e.addingTimeInterval((item.mode.map { ctx.buffers($0).after } ?? 0) * 60))
                } else {
                    let minutes = item.isLeg ? 0 : ctx.limits.datedMinutes
                    total += minutes
                    now = max(now, s).addingTimeInterval(minutes * 60)
                }
                pendingDated = false
            } else if let mode = item.mode {
                let buffers = ctx.buffers(mode)
                // A date-only flight may fly through the night: only its check-in time counts.
                let minutes = mode == .flight ? buffers.before : (ctx.estimatedLegMinutes(item) ?? 0) + buffers.before + buffers.after
                total += minutes
                now = now.addingTimeInterval(minutes * 60)
                if mode == .flight { pendingDated = false }
            } else {
                if let part = item.part {
                    let partStart = midnight.addingTimeInterval(Double(part.minutes.lowerBound) * 60)
                    now = max(now, partStart)
                }
                total += ctx.limits.datedMinutes
                now = now.addingTimeInterval(ctx.limits.datedMinutes * 60)
                pendingDated = true
                if now > close.addingTimeInterval(60) { return .day(needed: total) }
                if let part = item.part {
                    let partEnd = midnight.addingTimeInterval(Double(part.minutes.upperBound) * 60)
                    // Placing it needs more than its part of the day: the part is overfull.
                    if now > partEnd.addingTimeInterval(Double(ctx.limits.datedMinutes) * 60) { return .day(needed: total) }
                }
            }
            cursor = now
        }
        return nil
    }

    /// An event with no clock times whose end date is after its start date.
    private static func spansDays(_ item: Item) -> Bool {
        !item.isLeg && item.startInstant == nil && (item.end.map { $0.date > item.start.date } ?? false)
    }

    /// Minutes of a timed span inside the day's window.
    private static func clippedMinutes(_ s: Date, _ e: Date, open: Date, close: Date) -> Double {
        max(0, min(e, close).timeIntervalSince(max(s, open)) / 60)
    }
}
