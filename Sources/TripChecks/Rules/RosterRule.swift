import TripModel

/// Rule 8: participants who are not members, a delegation with no leader, and a member absent
/// from a whole day on which others have items.
enum RosterRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        unknown(ctx, &out)
        if ctx.delegation.leader == nil {
            out.append(
                Diagnostic(
                    code: .noLeader,
                    severity: .warning,
                    items: [],
                    message: LocalizedText(zh: "出國人員名單沒有團長。", en: "No member is the leader."),
                    fix: LocalizedText(
                        zh: "在網頁的「編輯人員」把一位成員的角色設為團長，或在計畫檔給他 role: leader。",
                        en: "Make one member the leader: Role on the web app's Edit members, or `role: leader` in the plan file."
                    )
                )
            )
        }
        absent(ctx, &out)
    }

    private static func unknown(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let d = ctx.delegation
        func report(_ id: String, _ day: LocalDate, _ strangers: [String], zh: () -> String, en: () -> String) {
            let list = strangers.joined(separator: ", ")
            out.append(
                Diagnostic(
                    code: .unknownParticipant,
                    severity: .error,
                    items: [id],
                    day: day,
                    members: strangers,
                    message: LocalizedText(
                        zh: "\(zh())的參加者 \(list) 不在出國人員名單中。",
                        en: "\(en()) lists \(list), who is not a member of the delegation."
                    ),
                    fix: LocalizedText(
                        zh: "修正成員代號，或把此人加入 members。",
                        en: "Fix the member id, or add the person to `members`."
                    )
                )
            )
        }
        for item in ctx.items {
            let strangers = item.participants.filter { !ctx.memberIDs.contains($0) }
            if !strangers.isEmpty { report(item.id, item.start.date, strangers, zh: { ctx.zh(item) }, en: { ctx.en(item) }) }
        }
        for stay in d.stays {
            let strangers = stay.participants.filter { !ctx.memberIDs.contains($0) }
            guard !strangers.isEmpty else { continue }
            let name = ctx.placeName(ctx.places[stay.placeID]).zh
            report(
                stay.id,
                stay.checkIn,
                strangers,
                zh: { "住宿「\(name)」（\(ROCDate.long(stay.checkIn))）" },
                en: { "the stay \"\(name)\" (\(stay.checkIn.iso))" }
            )
        }
    }

    private static func absent(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let d = ctx.delegation
        guard d.members.count > 1 else { return }
        let anyone = ctx.coveredDays(members: nil)
        let byMember = ctx.coveredDaysByMember
        for member in d.members {
            let mine = byMember[member.id] ?? []
            let (joins, leaves) = ownTravel(member.id, ctx)
            for day in d.days where anyone.contains(day.dayNumber) && !mine.contains(day.dayNumber) {
                // Before a member flies out on their own leg, or after they fly home on one, they
                // are not with the delegation: late joiners and early leavers are normal.
                if let joins, day.dayNumber < joins { continue }
                if let leaves, day.dayNumber > leaves { continue }
                out.append(
                    Diagnostic(
                        code: .memberAbsent,
                        severity: .warning,
                        day: day,
                        members: [member.id],
                        message: LocalizedText(
                            zh: "\(member.name)在 \(ROCDate.long(day)) 沒有任何行程，其他成員則有。",
                            en: "\(member.name) has nothing on \(day.iso) while others do."
                        ),
                        fix: LocalizedText(
                            zh: "把\(member.name)加入當天行程的 participants，或在計畫檔的 checks.acknowledge 確認此項。",
                            en: "Add \(member.name) to that day's participants, or acknowledge it under checks.acknowledge in the plan file."
                        )
                    )
                )
            }
        }
    }

    /// The day a member sets out on a leg of their own (one that lists them, not everyone) from
    /// the home country, and the day they are back from one; nil where they travel with everyone.
    private static func ownTravel(_ member: String, _ ctx: CheckContext) -> (joins: Int?, leaves: Int?) {
        guard let chain = ctx.chains[member] else { return (nil, nil) }
        let legs = ctx.delegation.legs
        let firstEventIndex = ctx.delegation.events.count
        func isOwn(_ item: Item) -> Bool {
            item.isLeg && item.index >= firstEventIndex && !legs[item.index - firstEventIndex].participants.isEmpty
        }
        var joins: Int?
        var leaves: Int?
        if let first = chain.first(where: { $0.from != nil || $0.to != nil }), isOwn(first), ctx.isHome(first.from) {
            joins = first.day
        }
        if let last = chain.last(where: { $0.from != nil || $0.to != nil }), isOwn(last), ctx.isHome(last.to) {
            leaves = last.end?.date.dayNumber ?? last.day
        }
        return (joins, leaves)
    }
}
