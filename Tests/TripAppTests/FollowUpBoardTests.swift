import Foundation
import Testing
import TripApp
import TripModel
import TripStore

/// The follow-ups board and its owners (issue 11): an owner is a member id (or a member's exact
/// name, stored as the id), the board lists open tasks first by due date, a status change is a
/// revision-checked correction in the history.
@Suite struct FollowUpBoardTests {
    let fgn = EventTarget(trip: "kyushu-2025", event: "fgn")

    @Test func anOwnerGivenByAMembersExactNameIsStoredAsTheMembersID() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await LogFollowUp(h.context).run(LogFollowUp.Input(fgn, task: "寄送感謝函", owner: "葉珀如"))
        let stored = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025")).events.first { $0.id == "fgn" }
        #expect(stored?.followUps.map(\.owner) == ["yeh"])
    }

    @Test func anOwnerThatIsNoMemberIsRefusedWithTheMembersListed() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        do {
            try await LogFollowUp(h.context).run(LogFollowUp.Input(fgn, task: "寄送感謝函", owner: "王小明"))
            Issue.record("an owner who is no member was taken")
        } catch {
            guard case let .refused(problems) = error, let problem = problems.problems.first,
                case let .plan(.unknownOwner(text, ids, names)) = problem.kind
            else {
                Issue.record("got \(error)")
                return
            }
            #expect(problem.key == "owner" && text == "王小明")
            #expect(ids.contains("yeh") && names.contains("葉珀如") && ids.count == names.count)
            #expect(error.message.text(.zh).contains("yeh（葉珀如）"))
        }
        let stored = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025")).events.first { $0.id == "fgn" }
        #expect(stored?.followUps.isEmpty == true)
    }

    @Test func theBoardListsOpenTasksFirstByDueDateWithOwnerNames() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let log = LogFollowUp(h.context)
        let late = try await log.run(LogFollowUp.Input(fgn, task: "晚到期", owner: "yeh", due: "2025-10-30"))
        let undated = try await log.run(LogFollowUp.Input(fgn, task: "未定期限"))
        let early = try await log.run(LogFollowUp.Input(fgn, task: "早到期", owner: "chang", due: "2025-09-10"))
        let closed = try await log.run(LogFollowUp.Input(fgn, task: "已完成", due: "2025-09-01"))
        try await EditLogged(h.context).run(EditLogged.Input(LoggedTarget(trip: "kyushu-2025", item: .followUp(closed)), fields: ["status": "done"]))
        let board = try await ListFollowUps(h.context).run(ListFollowUps.Input(trip: "kyushu-2025"))
        #expect(board.page.rows.map(\.id) == [early, late, undated, closed])
        #expect(board.page.rows.first?.ownerName == "張峯源")
        #expect(board.page.rows.first?.eventTitle?.isEmpty == false)
        #expect(board.page.rows.allSatisfy { board.mayLog($0) })
    }

    @Test func theBoardIsPaginated() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        for i in 1...3 { try await LogFollowUp(h.context).run(LogFollowUp.Input(fgn, task: "事項 \(i)")) }
        let first = try await ListFollowUps(h.context).run(ListFollowUps.Input(trip: "kyushu-2025", page: PageRequest(number: 1, size: 2)))
        let second = try await ListFollowUps(h.context).run(ListFollowUps.Input(trip: "kyushu-2025", page: PageRequest(number: 2, size: 2)))
        #expect(first.page.rows.count == 2 && first.page.hasNext)
        #expect(second.page.rows.map(\.task) == ["事項 3"] && !second.page.hasNext)
    }

    @Test func aStatusChangeFromAnOlderRevisionIsRefusedAndTheCurrentOneIsRecorded() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let id = try await LogFollowUp(h.context).run(LogFollowUp.Input(fgn, task: "寄送感謝函"))
        let shown = try #require(try await ListFollowUps(h.context).run(ListFollowUps.Input(trip: "kyushu-2025")).page.rows.first)
        let target = LoggedTarget(trip: "kyushu-2025", item: .followUp(id))
        let change = try await EditLogged(h.context).run(EditLogged.Input(target, fields: ["status": "done"], revision: shown.revision))
        #expect(change.action == .edit)
        do {
            try await EditLogged(h.context).run(EditLogged.Input(target, fields: ["status": "dropped"], revision: shown.revision))
            Issue.record("a change from an older revision was saved")
        } catch {
            guard case .loggedConflict = error else {
                Issue.record("got \(error)")
                return
            }
        }
        let history = try await ReadHistory(h.context).run(ReadHistory.Input(trip: "kyushu-2025", event: "fgn")).changes
        #expect(history.contains { $0.id == change.id && $0.item == .followUp(id) })
        let now = try await ListFollowUps(h.context).run(ListFollowUps.Input(trip: "kyushu-2025")).page.rows.first
        #expect(now?.status == .done)
    }

    @Test func aStatusOutsideTheThreeIsRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let id = try await LogFollowUp(h.context).run(LogFollowUp.Input(fgn, task: "寄送感謝函"))
        do {
            try await EditLogged(h.context).run(
                EditLogged.Input(LoggedTarget(trip: "kyushu-2025", item: .followUp(id)), fields: ["status": "finished"])
            )
            Issue.record("status 'finished' was taken")
        } catch {
            guard case .refused = error else {
                Issue.record("got \(error)")
                return
            }
        }
    }
}
