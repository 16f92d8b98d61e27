import TripModel

/// Rule 6: every night away has a stay for each member, unless the member spends it on a leg
/// (one that leaves on that date and lands on a later one).
enum LodgingRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let d = ctx.delegation
        guard d.start < d.end else { return }
        var slept: [String: Set<Int>] = [:]
        for stay in d.stays {
            let nights = stay.nights.map(\.dayNumber)
            for member in ctx.participants(stay.participants) { slept[member, default: []].formUnion(nights) }
        }
        var missing: [Int: [String]] = [:]
        for member in d.members.map(\.id) {
            let chain = ctx.chains[member] ?? []
            var nights = slept[member] ?? []
            var first = d.start.dayNumber
            var last = d.end.dayNumber
            let legs = chain.filter(\.isLeg)
            for leg in legs {
                let dep = leg.start.date.dayNumber
                let arr = leg.end?.date.dayNumber ?? dep
                if arr > dep { nights.formUnion(dep..<arr) }
            }
            // A member who travels on their own dates is away from their first to last leg.
            if let outbound = legs.first, ctx.isHome(outbound.from), let back = legs.last, ctx.isHome(back.to) {
                first = max(first, outbound.start.date.dayNumber)
                last = min(last, (back.end ?? back.start).date.dayNumber)
            }
            guard first < last else { continue }
            for night in first..<last where !nights.contains(night) { missing[night, default: []].append(member) }
        }
        // Consecutive nights missing for the same members make one diagnostic.
        var runs: [(first: Int, last: Int, members: [String])] = []
        for night in missing.keys.sorted() {
            let who = ctx.inRosterOrder(missing[night] ?? [])
            if let last = runs.last, last.last == night - 1, last.members == who {
                runs[runs.count - 1].last = night
            } else {
                runs.append((night, night, who))
            }
        }
        for run in runs {
            let who = run.members
            let first = LocalDate(dayNumber: run.first)
            let last = LocalDate(dayNumber: run.last)
            let count = run.last - run.first + 1
            let zhNights = count == 1 ? "\(ROCDate.long(first)) 晚上" : "\(ROCDate.range(first, last)) 共 \(count) 晚"
            let enNights = count == 1 ? "the night of \(first.iso)" : "the \(count) nights from \(first.iso) to \(last.iso)"
            out.append(
                Diagnostic(
                    code: .lodgingMissing,
                    severity: .warning,
                    day: first,
                    members: who,
                    message: LocalizedText(
                        zh: "\(zhNights)沒有住宿：\(ctx.namesZH(who))。",
                        en: "No lodging for \(enNights) for \(ctx.namesEN(who))."
                    ),
                    fix: LocalizedText(
                        zh: "在 stays 加入涵蓋 \(zhNights)的住宿。",
                        en: "Add stays covering \(enNights)."
                    )
                )
            )
        }
    }
}
