import Foundation
import TripModel

/// Rules 2 and 3: enough time between one member's consecutive timed commitments.
/// Between two events at different places the ground trip is estimated (`travel-time`); when a
/// leg is one of the pair its connection buffers apply instead (`buffer`), so an explicit leg
/// replaces the estimate.
enum TravelRule {
    /// What a pair of items needs; the sentences are written only for pairs that fall short.
    struct Need {
        let code: DiagnosticCode
        let needed: Double
        let available: Double
        /// Ground minutes between the places (0 at one place).
        let travel: Double
        /// Kilometres between the places, when known.
        let km: Double
        /// The leg before (its arrival buffer counts) and the leg after (its departure buffer).
        let arriving: TransportMode?
        let leaving: TransportMode?
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        var found = PairFindings<Need>()
        for (group, chain) in ctx.chainGroups where chain.count > 1 {
            var previous: Item?
            for item in chain {
                defer { previous = item }
                guard let prev = previous, let from = prev.lastInstant, let to = item.startInstant else { continue }
                let available = to.timeIntervalSince(from) / 60
                guard available >= 0, let need = need(prev, item, available: available, ctx) else { continue }
                if need.needed > available + 0.5 { found.add(prev, item, members: group, payload: need) }
            }
        }
        for (a, b, need, members) in found.all {
            let who = ctx.inRosterOrder(members)
            let needed = Int(need.needed.rounded())
            let available = Int(need.available.rounded())
            let why = detail(need, ctx)
            let whyZH = why.zh
            let whyEN = why.en
            out.append(
                Diagnostic(
                    code: need.code,
                    severity: .warning,
                    items: [a.id, b.id],
                    day: b.start.date,
                    members: who,
                    message: LocalizedText(
                        zh: "\(ctx.zh(a))到\(ctx.zh(b))需要 \(needed) 分鐘（\(whyZH)），只有 \(available) 分鐘；成員：\(ctx.namesZH(who))。",
                        en: "\(ctx.en(a)) to \(ctx.en(b)) needs \(needed) min (\(whyEN)) but has \(available) min, for \(ctx.namesEN(who))."
                    ),
                    fix: fix(a, b, minutes: needed - available, ctx)
                )
            )
        }
    }

    /// What to change: a leg keeps its timetable, so the fix never asks to end a flight earlier
    /// or start one later; it suggests another service instead.
    private static func fix(_ a: Item, _ b: Item, minutes: Int, _ ctx: CheckContext) -> LocalizedText {
        switch (a.isLeg, b.isLeg) {
        case (false, false):
            LocalizedText(
                zh: "把\(ctx.zh(b))延後至少 \(minutes) 分鐘，或提早結束\(ctx.zh(a))。",
                en: "Start \(ctx.en(b)) at least \(minutes) min later, or end \(ctx.en(a)) earlier."
            )
        case (true, false):
            LocalizedText(
                zh: "把\(ctx.zh(b))延後至少 \(minutes) 分鐘，或改搭較早抵達的班次取代\(ctx.zh(a))。",
                en: "Start \(ctx.en(b)) at least \(minutes) min later, or take a service that arrives earlier than \(ctx.en(a))."
            )
        case (false, true):
            LocalizedText(
                zh: "把\(ctx.zh(a))提早至少 \(minutes) 分鐘結束，或改搭較晚出發的班次取代\(ctx.zh(b))。",
                en: "End \(ctx.en(a)) at least \(minutes) min earlier, or take a service that leaves later than \(ctx.en(b))."
            )
        case (true, true):
            LocalizedText(
                zh: "改搭較晚出發的班次取代\(ctx.zh(b))，或較早抵達的班次取代\(ctx.zh(a))，使轉乘時間多出至少 \(minutes) 分鐘。",
                en:
                    "Take a service that leaves later than \(ctx.en(b)), or one that arrives earlier than \(ctx.en(a)), to gain at least \(minutes) min for the connection."
            )
        }
    }

    /// Minutes needed between two consecutive items, or nil when nothing is required.
    private static func need(_ a: Item, _ b: Item, available: Double, _ ctx: CheckContext) -> Need? {
        // A move no leg carries (an ocean, another country) is rule 4's continuity-gap; an
        // estimate "by bus" on top of it would name the same problem twice, and wrongly.
        guard ctx.joined(a, b).0 else { return nil }
        let travel: Double
        if a.mode == nil && b.mode == nil {
            guard let t = ctx.travelMinutes(from: a.to, to: b.from), t > 0 else { return nil }
            travel = t
        } else {
            travel = ctx.travelMinutes(from: a.to, to: b.from) ?? 0
        }
        let after = a.mode.map { ctx.buffers($0).after } ?? 0
        let before = b.mode.map { ctx.buffers($0).before } ?? 0
        let needed: Double
        if a.mode != nil && b.mode != nil && travel == 0 {
            // At one place a connection needs the longer of the two buffers, not both.
            needed = max(after, before)
        } else {
            needed = after + travel + before
        }
        return Need(
            code: a.mode == nil && b.mode == nil ? .travelTime : .buffer,
            needed: needed,
            available: available,
            travel: travel,
            km: ctx.distance(a.to, b.from) ?? 0,
            arriving: a.mode,
            leaving: b.mode
        )
    }

    /// Why that many minutes: `(距離 4.4 km 的交通時間估計)` or the buffers that apply.
    static func detail(_ need: Need, _ ctx: CheckContext) -> LocalizedText {
        let km = Text.oneDecimal(need.km)
        let t = Int(need.travel.rounded())
        var zh: [String] = []
        var en: [String] = []
        if let m = need.arriving {
            let after = Int(ctx.buffers(m).after)
            zh.append("\(m.zh)抵達後 \(after) 分鐘緩衝")
            en.append("\(after) min after a \(m.en.lowercased()) arrival")
        }
        if let m = need.leaving {
            let before = Int(ctx.buffers(m).before)
            zh.append("\(m.zh)出發前 \(before) 分鐘緩衝")
            en.append("\(before) min before a \(m.en.lowercased()) departure")
        }
        if need.travel > 0 {
            zh.append("距離 \(km) km 的交通時間估計 \(t) 分鐘")
            en.append("\(t) min estimated for \(km) km")
        }
        return LocalizedText(zh: "含" + zh.joined(separator: "、"), en: en.joined(separator: ", "))
    }
}
