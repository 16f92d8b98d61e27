import Foundation
import Testing
import TripModel

@Suite("ROC dates, weekdays and numerals")
struct CalendarTests {
    let d = LocalDate(year: 2025, month: 8, day: 31)!

    @Test("2025 is ROC year 114")
    func rocYear() { #expect(ROCDate.year(of: d) == 114) }

    @Test("a long ROC date reads 114 年 8 月 31 日")
    func longDate() { #expect(ROCDate.long(d) == "114 年 8 月 31 日") }

    @Test("2025-08-31 is a Sunday: 星期日")
    func weekday() { #expect(ROCDate.weekday(d) == "星期日") }

    @Test("a period within one year writes the year once")
    func period() {
        #expect(ROCDate.range(d, LocalDate(year: 2025, month: 9, day: 6)!) == "114 年 8 月 31 日至 9 月 6 日")
    }

    @Test("the upload system's form is 114/08/31")
    func slashed() { #expect(ROCDate.slashed(d) == "114/08/31") }

    @Test("section numbers are generated: 壹 貳 … 拾壹 and 一 … 十五 二十")
    func numerals() {
        #expect((1...7).map(ChineseNumeral.formal) == ["壹", "貳", "參", "肆", "伍", "陸", "柒"])
        #expect(ChineseNumeral.formal(11) == "拾壹")
        #expect([1, 10, 15, 20, 21, 105].map(ChineseNumeral.plain) == ["一", "十", "十五", "二十", "二十一", "一百零五"])
    }

    @Test("date arithmetic crosses months and leap days")
    func arithmetic() {
        #expect(LocalDate(year: 2024, month: 2, day: 28)!.adding(days: 1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(d.adding(days: 7).iso == "2025-09-07")
        #expect(LocalDate(iso: "2025-02-30") == nil)
    }
}

@Suite("Moments: local times held as instants with their zone")
struct MomentTests {
    @Test("a Tokyo wall time is the right instant")
    func tokyo() throws {
        let m = try Moment(date: LocalDate(iso: "2025-09-01")!, time: LocalTime(text: "10:00"), zone: Zone("Asia/Tokyo")!)
        #expect(m.instant == Date(timeIntervalSince1970: 1_756_688_400))
        #expect(m.localTime?.description == "10:00")
    }

    @Test("a time skipped by the US change to daylight time on 2026-03-08 is refused")
    func dstGap() {
        #expect(throws: TimeError.self) {
            try Moment(date: LocalDate(iso: "2026-03-08")!, time: LocalTime(text: "02:30"), zone: Zone("America/New_York")!)
        }
    }

    @Test("New York is 13 hours behind Taipei before the change and 12 after")
    func dstOffsets() throws {
        let ny = Zone("America/New_York")!
        let before = try Moment(date: LocalDate(iso: "2026-03-07")!, time: LocalTime(text: "12:00"), zone: ny)
        let after = try Moment(date: LocalDate(iso: "2026-03-09")!, time: LocalTime(text: "12:00"), zone: ny)
        #expect(Zone.taipei.offset(at: before.instant!) - ny.offset(at: before.instant!) == 13 * 3600)
        #expect(Zone.taipei.offset(at: after.instant!) - ny.offset(at: after.instant!) == 12 * 3600)
    }

    @Test("an instant shown in another zone can fall on another date")
    func otherDate() throws {
        let m = try Moment(date: LocalDate(iso: "2026-03-06")!, time: LocalTime(text: "23:40"), zone: .taipei)
        #expect(m.shown(in: Zone("America/New_York")!).date.iso == "2026-03-06")
        #expect(m.shown(in: Zone("Pacific/Kiritimati")!).date.iso == "2026-03-07")
    }

    @Test("an unknown zone name is refused")
    func badZone() { #expect(Zone("Asia/Taichung") == nil) }
}

@Suite("Delegation facts")
struct DelegationFactTests {
    func trip(end: String) -> Delegation {
        let home = Place(id: "home", name: "臺中市", country: "TW", zone: .taipei)
        let members = [
            Member(id: "a", order: 1, unit: "局", title: "局長", name: "張峯源", role: .leader),
            Member(id: "b", order: 2, unit: "局", title: "科長", name: "洪青瑞"),
        ]
        return Delegation(
            id: "t",
            title: "t",
            category: .study,
            agency: "局",
            homeID: "home",
            start: LocalDate(iso: "2025-08-31")!,
            end: LocalDate(iso: end)!,
            members: members,
            places: [home]
        )
    }

    @Test("the report is due three months after return")
    func due() { #expect(trip(end: "2025-09-06").reportDue.iso == "2025-12-06") }

    @Test("a due date past the month's end falls on its last day")
    func dueMonthEnd() { #expect(trip(end: "2025-11-30").reportDue.iso == "2026-02-28") }

    @Test("the cover names the leader and the head count: 張峯源局長等 2 人")
    func namesAndTitles() { #expect(trip(end: "2025-09-06").namesAndTitles == "張峯源局長等 2 人") }
}

@Suite("Zone abbreviations beside local times")
struct ZoneAbbreviationTests {
    @Test("Tokyo is JST, and New York switches from EST to EDT on 2026-03-08")
    func abbreviations() throws {
        let tokyo = try Moment(date: LocalDate(iso: "2025-09-01")!, time: LocalTime(text: "10:00"), zone: Zone("Asia/Tokyo")!)
        #expect(tokyo.zone.abbreviation(at: tokyo.instant!) == "JST")
        let ny = Zone("America/New_York")!
        let before = try Moment(date: LocalDate(iso: "2026-03-07")!, time: LocalTime(text: "12:00"), zone: ny)
        let after = try Moment(date: LocalDate(iso: "2026-03-09")!, time: LocalTime(text: "12:00"), zone: ny)
        #expect(ny.abbreviation(at: before.instant!) == "EST")
        #expect(ny.abbreviation(at: after.instant!) == "EDT")
    }

    @Test("a zone outside the table shows its offset")
    func offsetFallback() {
        #expect(Zone("Asia/Kathmandu")!.abbreviation(at: Date(timeIntervalSince1970: 1_756_688_400)) == "UTC+5:45")
    }
}
