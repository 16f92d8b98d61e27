import Testing
import TripChecks
import TripModel

@Suite("Rule 8: roster")
struct RosterTests {
    @Test("a participant who is not a member is an error")
    func unknownParticipant() throws {
        var t = try fukuokaTrip()
        t.delegation.events[0].participants = ["m1", "ghost"]
        let found = t.diagnostics(.unknownParticipant)
        #expect(found.map(\.items) == [["fgn"]])
        #expect(found.first?.members == ["ghost"])
        #expect(found.first?.severity == .error)
    }

    @Test("a delegation with no leader is reported")
    func noLeader() throws {
        var t = try fukuokaTrip()
        t.delegation.members[0].role = .member
        #expect(t.codes() == [.noLeader])
    }

    @Test("a member with nothing on a day others are busy is absent")
    func memberAbsent() throws {
        var t = try fukuokaTrip()
        t.delegation.events[1].participants = ["m1"]
        let found = t.diagnostics(.memberAbsent)
        #expect(found.map(\.members) == [["m2"]])
        #expect(found.first?.day == day("2025-09-02"))
    }

    @Test("a member present every day is not absent")
    func everyonePresent() throws {
        #expect(try fukuokaTrip().diagnostics(.memberAbsent).isEmpty)
    }
}
