import TripModel

/// Rule 4: each member's places chain without jumps, from home and back home. A jump is a move
/// into another country, or of more than `continuity.km` from where one leg lands to where the
/// next leaves, or of more than `daytrip.km` to or from a visit (a day trip by car needs no leg),
/// with no leg to carry it; moves within the home country (to the airport) need no leg.
enum ContinuityRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        var gaps = PairFindings<Double?>()
        var homes: [String: (item: Item, leaving: Bool, members: [String])] = [:]
        var homeOrder: [String] = []
        func noteHome(_ item: Item, leaving: Bool, _ group: [String]) {
            let key = "\(leaving ? "out" : "in")|\(item.id)"
            if homes[key] == nil {
                homes[key] = (item, leaving, group)
                homeOrder.append(key)
            } else {
                homes[key]?.members.append(contentsOf: group)
            }
        }
        for (group, chain) in ctx.chainGroups {
            let located = chain.filter { $0.from != nil || $0.to != nil }
            guard let first = located.first, let last = located.last else { continue }
            if !ctx.isHome(first.from) { noteHome(first, leaving: true, group) }
            for (a, b) in zip(located, located.dropFirst()) {
                let (joined, km) = ctx.joined(a, b)
                if !joined { gaps.add(a, b, members: group, payload: km) }
            }
            if !ctx.isHome(last.to) { noteHome(last, leaving: false, group) }
        }
        let homeZH = ctx.placeName(ctx.home).zh
        let homeEN = ctx.placeName(ctx.home).en
        for (a, b, km, members) in gaps.all {
            let who = ctx.inRosterOrder(members)
            let x = ctx.placeName(a.to).zh
            let y = ctx.placeName(b.from).zh
            let xe = ctx.placeName(a.to).en
            let ye = ctx.placeName(b.from).en
            let far = km.map { "（相距 \(Int($0.rounded())) km）" } ?? ""
            let farEN = km.map { " (\(Int($0.rounded())) km away)" } ?? ""
            out.append(
                Diagnostic(
                    code: .continuityGap,
                    severity: .warning,
                    items: [a.id, b.id],
                    day: b.start.date,
                    members: who,
                    message: LocalizedText(
                        zh: "\(ctx.zh(a))在\(x)，下一項\(ctx.zh(b))卻在\(y)\(far)，中間沒有交通行程；成員：\(ctx.namesZH(who))。",
                        en:
                            "\(ctx.en(a)) ends at \(xe) but the next item \(ctx.en(b)) is at \(ye)\(farEN), with no leg between, for \(ctx.namesEN(who))."
                    ),
                    fix: LocalizedText(zh: "加入\(x)→\(y)的交通行程。", en: "Add a leg from \(xe) to \(ye).")
                )
            )
        }
        for key in homeOrder {
            guard let (item, leaving, members) = homes[key] else { continue }
            let who = ctx.inRosterOrder(members)
            let message: LocalizedText
            let fix: LocalizedText
            if leaving {
                let y = ctx.placeName(item.from).zh
                let ye = ctx.placeName(item.from).en
                message = LocalizedText(
                    zh: "第一項\(ctx.zh(item))在\(y)，但之前沒有從\(homeZH)出發的行程；成員：\(ctx.namesZH(who))。",
                    en: "The first item \(ctx.en(item)) is at \(ye), with no leg from home (\(homeEN)) before it, for \(ctx.namesEN(who))."
                )
                fix = LocalizedText(zh: "加入從\(homeZH)出發的啟程行程。", en: "Add the departure leg from \(homeEN).")
            } else {
                let x = ctx.placeName(item.to).zh
                let xe = ctx.placeName(item.to).en
                message = LocalizedText(
                    zh: "最後一項\(ctx.zh(item))結束於\(x)，之後沒有返回\(homeZH)的行程；成員：\(ctx.namesZH(who))。",
                    en: "The last item \(ctx.en(item)) ends at \(xe), with no leg back home (\(homeEN)) after it, for \(ctx.namesEN(who))."
                )
                fix = LocalizedText(zh: "加入返回\(homeZH)的歸國行程。", en: "Add the return leg to \(homeEN).")
            }
            out.append(
                Diagnostic(
                    code: .continuityHome,
                    severity: .warning,
                    items: [item.id],
                    day: leaving ? item.start.date : (item.end ?? item.start).date,
                    members: who,
                    message: message,
                    fix: fix
                )
            )
        }
    }
}
