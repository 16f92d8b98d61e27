import Foundation
import Testing
import TripModel

/// Every rendered range names both ends correctly: each end's own zone, and the year when it
/// changes (issue 9 §5).
@Suite("Date and time ranges as people read them")
struct RangeLabelTests {
    static let newYork = Zone("America/New_York")!
    static let tokyo = Zone("Asia/Tokyo")!

    /// A delegation whose home is `home`, with one event from `start` to `end` at a place in `zone`.
    func labels(home: Zone = .taipei, _ lang: Lang = .zh) -> DelegationLabels {
        let places = [Place(id: "home", name: "家", country: "TW", zone: home)]
        let d = Delegation(
            id: "t",
            title: "測試",
            category: .visit,
            agency: "局",
            homeID: "home",
            start: LocalDate(iso: "2025-12-28")!,
            end: LocalDate(iso: "2026-11-03")!,
            places: places
        )
        return DelegationLabels(delegation: d, lang: lang)
    }

    func event(_ start: Moment, _ end: Moment?) -> Event {
        Event(id: "e", kind: .meeting, title: "會議", start: start, end: end)
    }

    func at(_ iso: String, _ zone: Zone) -> Moment {
        let f = ISO8601DateFormatter()
        return Moment(instant: f.date(from: iso)!, zone: zone)
    }

    @Test("a meeting across the fall-back hour names each end's own zone: 01:30 EDT–02:30 EST")
    func fallBack() {
        // 01:30 EDT is 05:30 UTC; 02:30 EST is 07:30 UTC on 2026-11-01.
        let e = event(at("2026-11-01T05:30:00Z", Self.newYork), at("2026-11-01T07:30:00Z", Self.newYork))
        #expect(labels().span(e) == "01:30 EDT–02:30 EST")
        #expect(labels(.en).span(e) == "01:30 EDT–02:30 EST")
        // At home in New York too: the two ends are an hour apart in offset.
        #expect(labels(home: Self.newYork).span(e) == "01:30 EDT–02:30 EST")
    }

    @Test("a meeting in one offset names its zone once, and none at home")
    func oneZone() throws {
        let day = LocalDate(iso: "2025-09-01")!
        let e = event(
            try Moment(date: day, time: LocalTime(text: "10:00"), zone: Self.tokyo),
            try Moment(date: day, time: LocalTime(text: "11:30"), zone: Self.tokyo)
        )
        #expect(labels().span(e) == "10:00–11:30 JST")
        #expect(labels(home: Self.tokyo).span(e) == "10:00–11:30")
    }

    @Test("a meeting over midnight into the new year carries the end's year")
    func overNewYear() {
        let e = event(at("2025-12-31T14:00:00Z", Self.tokyo), at("2025-12-31T16:00:00Z", Self.tokyo))
        #expect(labels().span(e) == "23:00–01:00（115/1/1） JST")
        #expect(labels(.en).span(e) == "23:00–01:00 (2026-01-01) JST")
    }

    @Test("a meeting over midnight within a year gives the end's month and day")
    func overMidnight() {
        let e = event(at("2025-09-01T14:00:00Z", Self.tokyo), at("2025-09-01T16:00:00Z", Self.tokyo))
        #expect(labels().span(e) == "23:00–01:00（9/2） JST")
    }

    @Test("a date-only item over New Year names both years")
    func dateOnlyOverNewYear() {
        let e = event(Moment(date: LocalDate(iso: "2025-12-30")!, zone: Self.tokyo), Moment(date: LocalDate(iso: "2026-01-02")!, zone: Self.tokyo))
        #expect(labels().span(e) == "114/12/30–115/1/2")
        #expect(labels(.en).span(e) == "2025-12-30–2026-01-02")
    }

    @Test("a date-only item within a year gives months and days")
    func dateOnly() {
        let e = event(
            Moment(date: LocalDate(iso: "2026-03-11")!, zone: Self.newYork),
            Moment(date: LocalDate(iso: "2026-03-13")!, zone: Self.newYork)
        )
        #expect(labels().span(e) == "3/11–3/13")
    }

    @Test("a period over New Year writes both years")
    func periodOverNewYear() {
        #expect(ROCDate.range(LocalDate(iso: "2025-12-29")!, LocalDate(iso: "2026-01-03")!) == "114 年 12 月 29 日至 115 年 1 月 3 日")
    }

    @Test("a flight over the date line shows each end in its own zone with the day it lands")
    func dateLine() throws {
        let la = Zone("America/Los_Angeles")!
        let l = Leg(
            id: "f",
            mode: .flight,
            fromID: "TPE",
            toID: "LAX",
            departure: try Moment(date: LocalDate(iso: "2026-03-10")!, time: LocalTime(text: "23:40"), zone: .taipei),
            arrival: try Moment(date: LocalDate(iso: "2026-03-10")!, time: LocalTime(text: "19:30"), zone: la)
        )
        let labels = labels()
        #expect(labels.time(l.departure) == "23:40")
        #expect(labels.arrival(l) == "19:30 PDT")
        let back = Leg(
            id: "b",
            mode: .flight,
            fromID: "LAX",
            toID: "TPE",
            departure: try Moment(date: LocalDate(iso: "2026-03-20")!, time: LocalTime(text: "23:50"), zone: la),
            arrival: try Moment(date: LocalDate(iso: "2026-03-22")!, time: LocalTime(text: "05:30"), zone: .taipei)
        )
        #expect(labels.time(back.departure) == "23:50 PDT")
        #expect(labels.arrival(back) == "05:30（+2）")
        #expect(DelegationLabels(delegation: labels.delegation, lang: .en).arrival(back) == "05:30 (+2)")
    }
}
