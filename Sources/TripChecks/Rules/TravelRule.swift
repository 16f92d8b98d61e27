import Foundation
import TripModel

/// Rules 2 and 3: enough time between one member's consecutive timed commitments.
/// Between two events at different places the ground trip is estimated (`travel-time`); when a
/// leg is one of the pair its connection buffers apply instead (`buffer`), so an explicit leg
/// replaces the estimate.
enum TravelRule {
    struct Need {
        let code: DiagnosticCode
        let needed: Double
        let available: Double
        let detailZH: String
        let detailEN: String
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        var found = PairFindings<Need>()
        for (member, chain) in ctx.chains where chain.count > 1 {
            var previous: Item?
            for item in chain {
                defer { previous = item }
                guard let prev = previous, let from = prev.lastInstant, let to = item.startInstant else { continue }
                let available = to.timeIntervalSince(from) / 60
                guard available >= 0, let need = need(prev, item, available: available, ctx) else { continue }
                if need.needed > available + 0.5 { found.add(prev, item, member: member, payload: need) }
            }
        }
        for (a, b, need, members) in found.all {
            let who = ctx.inRosterOrder(members)
            let needed = Int(need.needed.rounded()), available = Int(need.available.rounded())
            out.append(Diagnostic(
                code: need.code, severity: .warning, items: [a.id, b.id], day: b.start.date, members: who,
                message: LocalizedText(
                    zh: "\(a.labelZH)到\(b.labelZH)需要 \(needed) 分鐘(\(need.detailZH))，只有 \(available) 分鐘；成員：\(ctx.namesZH(who))。",
                    en: "\(a.labelEN) to \(b.labelEN) needs \(needed) min (\(need.detailEN)) but has \(available) min, for \(ctx.namesEN(who))."),
                fix: LocalizedText(
                    zh: "把\(b.labelZH)延後至少 \(needed - available) 分鐘，或提早結束\(a.labelZH)。",
                    en: "Start \(b.labelEN) at least \(needed - available) min later, or end \(a.labelEN) earlier.")))
        }
    }

    /// Minutes needed between two consecutive items, or nil when nothing is required.
    private static func need(_ a: Item, _ b: Item, available: Double, _ ctx: CheckContext) -> Need? {
        switch (a.mode, b.mode) {
        case (nil, nil):
            guard let travel = ctx.travelMinutes(from: a.to, to: b.from), travel > 0 else { return nil }
            let km = ctx.distance(a.to, b.from) ?? 0
            return Need(code: .travelTime, needed: travel, available: available,
                        detailZH: String(format: "距離 %.1f km 的交通時間估計", km),
                        detailEN: String(format: "estimated for %.1f km", km))
        case (nil, let mode?):
            let travel = ctx.travelMinutes(from: a.to, to: b.from) ?? 0
            let before = ctx.buffers(mode).before
            return Need(code: .buffer, needed: travel + before, available: available,
                        detailZH: "含\(mode.zh)出發前 \(Int(before)) 分鐘緩衝" + (travel > 0 ? "與前往 \(Int(travel.rounded())) 分鐘" : ""),
                        detailEN: "\(Int(before)) min before a \(mode.en.lowercased()) departure" + (travel > 0 ? " and \(Int(travel.rounded())) min getting there" : ""))
        case (let mode?, nil):
            let travel = ctx.travelMinutes(from: a.to, to: b.from) ?? 0
            let after = ctx.buffers(mode).after
            return Need(code: .buffer, needed: after + travel, available: available,
                        detailZH: "含\(mode.zh)抵達後 \(Int(after)) 分鐘緩衝" + (travel > 0 ? "與前往 \(Int(travel.rounded())) 分鐘" : ""),
                        detailEN: "\(Int(after)) min after a \(mode.en.lowercased()) arrival" + (travel > 0 ? " and \(Int(travel.rounded())) min getting there" : ""))
        case (let first?, let second?):
            let travel = ctx.travelMinutes(from: a.to, to: b.from) ?? 0
            let after = ctx.buffers(first).after, before = ctx.buffers(second).before
            // At one place a connection needs the longer of the two buffers, not both.
            let needed = travel > 0 ? after + travel + before : max(after, before)
            return Need(code: .buffer, needed: needed, available: available,
                        detailZH: "轉乘：抵達後 \(Int(after)) 分鐘、出發前 \(Int(before)) 分鐘緩衝" + (travel > 0 ? "與轉場 \(Int(travel.rounded())) 分鐘" : ""),
                        detailEN: "connection: \(Int(after)) min after arrival, \(Int(before)) min before departure" + (travel > 0 ? ", \(Int(travel.rounded())) min between" : ""))
        }
    }
}
