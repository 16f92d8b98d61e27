import TripModel

/// Rule 9 (report readiness), follow-ups: an open follow-up whose due date has passed, judged
/// on `today` at the delegation's home (the checker's day). Runs on the road too: a task due
/// during the trip is late the day after, not only once the delegation is home.
enum FollowUpRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let d = ctx.delegation
        for e in d.events {
            for f in e.followUps where f.status == .open {
                guard let due = f.due, due < ctx.today else { continue }
                let late = due.days(until: ctx.today)
                let owner = f.owner.flatMap { id in d.members.first { $0.id == id } }
                let ownerText = owner.map(\.name) ?? f.owner
                let zhOwner = ownerText.map { "，負責人 \($0)" } ?? ""
                let enOwner = ownerText.map { ", owner \($0)" } ?? ""
                out.append(
                    Diagnostic(
                        code: .followUpOverdue,
                        severity: .warning,
                        items: [e.id],
                        day: due,
                        members: owner.map { [$0.id] } ?? [],
                        message: LocalizedText(
                            zh: "後續辦理事項「\(f.task)」（\(e.title)\(zhOwner)）已逾期 \(late) 天，期限為 \(ROCDate.long(due))。",
                            en: "The follow-up '\(f.task)' (\(e.title)\(enOwner)) is \(late) days past its due date \(due.iso)."
                        ),
                        fix: LocalizedText(
                            zh:
                                "在網頁的後續辦理事項總覽（/d/\(d.id)/followups）標記完成、不再辦理，或在該行程頁修改期限；命令列：tripwright log list \(d.id) \(e.id) 找到編號後用 tripwright log edit。",
                            en:
                                "On the web's follow-ups board (/d/\(d.id)/followups) mark it done or dropped, or change its due date on the event's page; on the command line find its number with `tripwright log list \(d.id) \(e.id)`, then use `tripwright log edit`."
                        )
                    )
                )
            }
        }
    }
}
