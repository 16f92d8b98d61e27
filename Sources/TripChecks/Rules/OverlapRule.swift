import Foundation
import TripModel

/// Rule 1: timed items sharing a participant overlap in absolute time, whatever their zones.
/// Date-only items never take part (rule 10 looks at them instead).
enum OverlapRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        var found = PairFindings<Double>()
        for (group, chain) in ctx.chainGroups {
            let timed = chain.filter { $0.startInstant != nil }
                .sorted { ($0.startInstant ?? .distantPast, $0.index) < ($1.startInstant ?? .distantPast, $1.index) }
            // One pass: compare each item with the earlier item that reaches furthest.
            var holder: Item?
            var holderEnd = Date.distantPast
            for item in timed {
                guard let s = item.startInstant else { continue }
                let e = item.lastInstant ?? s
                if let h = holder, let hs = h.startInstant, s < holderEnd || s == hs {
                    let minutes = (min(holderEnd, e).timeIntervalSince(s)) / 60
                    found.add(h, item, members: group, payload: max(0, minutes))
                }
                if holder == nil || e > holderEnd {
                    holder = item
                    holderEnd = e
                }
            }
        }
        for (a, b, minutes, members) in found.all {
            let who = ctx.inRosterOrder(members)
            let m = Int(minutes.rounded())
            let span = m > 0 ? "\(m) 分鐘" : "同一時刻"
            let spanEN = m > 0 ? "by \(m) min" : "at the same moment"
            out.append(
                Diagnostic(
                    code: .overlap,
                    severity: .error,
                    items: [a.id, b.id],
                    day: b.start.date,
                    members: who,
                    message: LocalizedText(
                        zh: "\(ctx.zh(a))與\(ctx.zh(b))時間重疊（\(span)），同時參加者：\(ctx.namesZH(who))。",
                        en: "\(ctx.en(a)) and \(ctx.en(b)) overlap \(spanEN) for \(ctx.namesEN(who))."
                    ),
                    fix: LocalizedText(
                        zh: "調整其中一項的時間，或把參加者分成兩組。",
                        en: "Move one of them, or split the participants between them."
                    )
                )
            )
        }
    }
}
