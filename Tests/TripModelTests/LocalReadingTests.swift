import Foundation
import Testing
import TripModel

@Suite("Local times on daylight-saving change days")
struct LocalReadingTests {
    let newYork = Zone("America/New_York")!
    let lordHowe = Zone("Australia/Lord_Howe")!

    @Test("01:30 on the New York fall-back night happens twice, an hour apart")
    func fold() throws {
        let day = try #require(LocalDate(iso: "2026-11-01"))
        let time = try #require(LocalTime(text: "01:30"))
        guard case let .ambiguous(earlier, later) = newYork.reading(of: day, time) else {
            Issue.record("not ambiguous")
            return
        }
        #expect(later.timeIntervalSince(earlier) == 3600)
        #expect(newYork.offset(at: earlier) == -4 * 3600)
        #expect(newYork.offset(at: later) == -5 * 3600)
        #expect(newYork.offsets(of: day, time) == [-4 * 3600, -5 * 3600])
    }

    @Test("02:15 on the Lord Howe spring-forward night is skipped by a 30-minute gap, not an hour")
    func halfHourGap() throws {
        let day = try #require(LocalDate(iso: "2026-10-04"))
        let time = try #require(LocalTime(text: "02:15"))
        guard case let .skipped(_, from, to, seconds) = lordHowe.reading(of: day, time) else {
            Issue.record("not skipped")
            return
        }
        #expect(from.description == "02:00")
        #expect(to.description == "02:30")
        #expect(seconds == 1800)
    }

    @Test("an ordinary time has one reading")
    func unique() throws {
        let day = try #require(LocalDate(iso: "2026-11-01"))
        let time = try #require(LocalTime(text: "03:00"))
        guard case .unique = newYork.reading(of: day, time) else {
            Issue.record("not unique")
            return
        }
    }

    @Test("a skipped time names its real gap in the error's description")
    func gapDescription() throws {
        let day = try #require(LocalDate(iso: "2026-10-04"))
        let time = try #require(LocalTime(text: "02:15"))
        #expect(throws: TimeError.self) { try Moment(date: day, time: time, zone: lordHowe) }
        #expect(TimeError.nonexistent(day, time, lordHowe).description.contains("skipping 30 minutes"))
    }
}
