import Testing
import TripChecks
import TripModel

@Suite("Rule 9: open follow-ups past their due date")
struct FollowUpOverdueTests {
    func trip(_ followUps: [FollowUp]) throws -> Trip {
        var t = try fukuokaTrip()
        t.delegation.events[0].followUps = followUps
        return t
    }

    @Test("an open follow-up past due warns, naming the task, its event, owner and the board")
    func openPastDueWarns() throws {
        let t = try trip([FollowUp(task: "寄送感謝函", owner: "m2", due: day("2025-09-02"))])
        let found = t.diagnostics(.followUpOverdue, today: "2025-09-05")
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .warning && d.items == ["fgn"] && d.members == ["m2"] && d.day == day("2025-09-02"))
        #expect(d.message.zh.contains("寄送感謝函") && d.message.zh.contains("成員2") && d.message.zh.contains("逾期 3 天"))
        #expect(d.fix?.zh.contains("/d/test-trip/followups") == true)
    }

    @Test("a follow-up due today, or later, or without a due date is not past due")
    func notYetDue() throws {
        let t = try trip([
            FollowUp(task: "今天到期", due: day("2025-09-05")),
            FollowUp(task: "下週到期", due: day("2025-09-12")),
            FollowUp(task: "未定期限"),
        ])
        #expect(t.diagnostics(.followUpOverdue, today: "2025-09-05").isEmpty)
    }

    @Test("a done or dropped follow-up past due is not raised")
    func closedTasksAreQuiet() throws {
        let t = try trip([
            FollowUp(task: "已完成", due: day("2025-09-01"), status: .done),
            FollowUp(task: "不再辦理", due: day("2025-09-01"), status: .dropped),
        ])
        #expect(t.diagnostics(.followUpOverdue, today: "2025-09-20").isEmpty)
    }

    @Test("an owner stored as free text before owners were ids is still named")
    func freeTextOwnerIsNamed() throws {
        let t = try trip([FollowUp(task: "聯絡窗口", owner: "日方承辦", due: day("2025-09-02"))])
        let d = try #require(t.diagnostics(.followUpOverdue, today: "2025-09-03").first)
        #expect(d.members.isEmpty && d.message.zh.contains("日方承辦"))
    }

    @Test("checks.off: follow-up-overdue turns it off")
    func switchedOff() throws {
        var t = try trip([FollowUp(task: "寄送感謝函", due: day("2025-09-02"))])
        t.delegation.checks.disabled = ["follow-up-overdue"]
        #expect(t.diagnostics(.followUpOverdue, today: "2025-09-05").isEmpty)
    }
}
