import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("Every time a plan gives names one instant, or the reader says how to make it")
struct PlanTimeTests {
    /// A plan with one event in New York on the fall-back day (or another date and place).
    func plan(start: String, end: String? = nil, date: String = "2026-11-01", place: String = "New York") -> String {
        minimalPlan(eventExtra: "  start: \"\(start)\"" + (end.map { "\n  end: \"\($0)\"" } ?? ""))
            .replacingOccurrences(of: "start: 2025-09-01\nend: 2025-09-03", with: "start: \(date)\nend: \(date)")
            .replacingOccurrences(of: "date: 2025-09-02", with: "date: \(date)")
            .replacingOccurrences(of: "place: 福岡", with: "place: \(place)")
    }

    @Test("01:30 on the New York fall-back night is an error that gives both spellings with offsets")
    func ambiguous() throws {
        let e = try #require(readErrors(plan(start: "01:30")).first)
        guard case let .time(.ambiguous(_, _, _, first, second)) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect(first.text == "01:30 -04:00" && first.abbreviation == "EDT")
        #expect(second.text == "01:30 -05:00" && second.abbreviation == "EST")
        #expect(e.line == 17)
        #expect(e.text(.zh).contains("\"01:30 -05:00\""))
    }

    @Test("an offset picks one of the two, and the writer writes it back so the same instant returns")
    func offsetChooses() throws {
        let d = try #require(readPlanText(plan(start: "01:30 -05:00", end: "02:30")))
        let start = try #require(d.events.first?.start.instant)
        #expect(start == Date(timeIntervalSince1970: 1_793_514_600))
        let written = try PlanWriter().write(d)
        #expect(written.contains("start: \"01:30 -05:00\""))
        #expect(readPlanText(written)?.events.first?.start.instant == start)
    }

    @Test("an offset the zone does not have then is refused with the ones it has")
    func wrongOffset() throws {
        let e = try #require(readErrors(plan(start: "10:00 +09:00")).first)
        #expect(e.problem == .time(.wrongOffset(written: "10:00 +09:00", zone: Zone("America/New_York")!, offsets: ["-05:00"])))
    }

    @Test("a time in the Lord Howe gap names the 30-minute gap and the same instant after it")
    func lordHowe() throws {
        let text = plan(start: "02:15", date: "2026-10-04", place: "{name: 豪勳爵島, city: Sydney, tz: Australia/Lord_Howe}")
        let e = try #require(readErrors(text).first)
        guard case let .time(.skipped(_, _, _, from, to, minutes, instead)) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect((from.description, to.description, minutes, instead.description) == ("02:00", "02:30", 30, "02:45"))
        #expect(e.text(.zh).contains("跳過 30 分鐘"))
        #expect(!e.text(.en).contains("an hour"))
    }

    @Test("25:00, 24:00 and 2025-02-30 are refused with a message, never dropped")
    func impossible() throws {
        #expect(readErrors(minimalPlan(eventExtra: "  start: \"25:00\"")).map(\.problem) == [.value(.badTimeOrPart("25:00"))])
        #expect(readErrors(minimalPlan(eventExtra: "  end: \"24:00\"")).map(\.problem) == [.badTime("24:00")])
        #expect(
            readErrors(minimalPlan().replacingOccurrences(of: "date: 2025-09-02", with: "date: 2025-02-30")).map(\.problem) == [
                .badDate("2025-02-30")
            ]
        )
        #expect(readErrors(minimalPlan(eventExtra: "  end: 2025-02-30 10:00")).map(\.problem) == [.badDate("2025-02-30 10:00")])
    }

    @Test("an end before the start across days is refused")
    func endBeforeStartAcrossDays() {
        #expect(readErrors(minimalPlan(eventExtra: "  end: 2025-09-01")).map(\.problem) == [.endBeforeStart(item: "參訪市場")])
    }

    @Test("a start on another day than the event's date says which to change")
    func startOtherDay() throws {
        let e = try #require(readErrors(minimalPlan(eventExtra: "  start: 2025-09-03 10:00")).first)
        guard case .time(.otherDate) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
    }

    @Test("a year before ROC year 1 or far from the trip is refused as a typo")
    func years() {
        #expect(
            readErrors(minimalPlan().replacingOccurrences(of: "start: 2025-09-01", with: "start: 0025-09-01")).map(\.problem).contains(
                .dateOutOfRange("0025-09-01")
            )
        )
        #expect(
            readErrors(minimalPlan().replacingOccurrences(of: "date: 2025-09-02", with: "date: 2052-09-02")).map(\.problem) == [
                .farFromTrip(item: "參訪市場", date: "2052-09-02")
            ]
        )
        #expect(
            readErrors(minimalPlan().replacingOccurrences(of: "end: 2025-09-03", with: "end: 2035-09-03")).map(\.problem) == [
                .tripTooLong(days: 3655)
            ]
        )
    }
}
