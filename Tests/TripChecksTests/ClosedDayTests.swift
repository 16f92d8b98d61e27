import Gazetteer
import Testing
import TripChecks
import TripModel

@Suite("Rule 7: closed days")
struct ClosedDayTests {
    @Test("a call on a Japanese public holiday is reported with the holiday's name")
    func callOnHoliday() throws {
        var t = Trip(start: "2025-09-14", end: "2025-09-16")
        try t.event("call", .call, at: "tenjin", "2025-09-15", title: "拜會福岡市")
        let found = t.diagnostics(.closedDay)
        #expect(found.map(\.items) == [["call"]])
        #expect(found.first?.message.zh.contains("敬老の日") == true)
    }

    @Test("a meeting on a Saturday is reported")
    func meetingOnWeekend() throws {
        var t = try fukuokaTrip()
        try t.event("sat", .meeting, at: "tenjin", "2025-09-06")
        #expect(t.diagnostics(.closedDay).map(\.items) == [["sat"]])
    }

    @Test("a call on a Friday in Riyadh is reported: Saudi offices close Friday and Saturday")
    func fridayInSaudiArabia() throws {
        var t = Trip(start: "2025-09-04", end: "2025-09-08")
        try t.event("fri", .call, at: "riyadh", "2025-09-05", title: "拜會利雅德市政府")
        let found = t.diagnostics(.closedDay)
        #expect(found.map(\.items) == [["fri"]])
        #expect(found.first?.message.zh.contains("星期五") == true)
    }

    @Test("a call on a Sunday in Riyadh is quiet: Sunday is a working day there")
    func sundayInSaudiArabia() throws {
        var t = Trip(start: "2025-09-04", end: "2025-09-08")
        try t.event("sun", .call, at: "riyadh", "2025-09-07", title: "拜會利雅德市政府")
        #expect(t.diagnostics(.closedDay).isEmpty)
    }

    @Test("a call on a working day is quiet")
    func callOnWorkday() throws {
        let t = try fukuokaTrip()
        #expect(t.diagnostics(.closedDay).isEmpty)
    }

    @Test("a site visit with no host office is not checked against closed days")
    func visitWithoutHostIsQuiet() throws {
        var t = Trip(start: "2025-09-06", end: "2025-09-07")
        try t.event("market", .visit, at: "tenjin", "2025-09-06")
        #expect(t.diagnostics(.closedDay).isEmpty)
    }

    @Test("a site visit received by a host office on a Sunday is reported")
    func hostedVisitOnSunday() throws {
        var t = Trip(start: "2025-09-06", end: "2025-09-07")
        try t.event("umk", .visit, at: "miyazaki", "2025-09-07", host: "UMK")
        #expect(t.diagnostics(.closedDay).map(\.items) == [["umk"]])
    }

    @Test("an acknowledgement with a reason keeps the diagnostic but takes it out of the exit status")
    func acknowledged() throws {
        var t = Trip(start: "2025-09-06", end: "2025-09-07")
        try t.event("umk", .visit, at: "miyazaki", "2025-09-07", host: "UMK")
        t.delegation.checks.acknowledgements = [Acknowledgement(code: "closed-day", item: "umk", reason: "展示場週末照常開放")]
        let result = t.check()
        let found = result.diagnostics.filter { $0.code == .closedDay }
        #expect(found.first?.acknowledged == "展示場週末照常開放")
        #expect(result.acknowledged.count == 1)
        #expect(result.counts.warning == result.diagnostics.filter { $0.acknowledged == nil && $0.severity == .warning }.count)
    }

    @Test("the bundled holiday table covers every destination country from 2020 to 2035")
    func holidayTableCoverage() {
        let table = HolidayTable.shared
        for country in [
            "JP", "US", "TW", "KR", "CN", "HK", "SG", "VN", "TH", "PH", "MY", "ID", "AU", "NZ",
            "GB", "FR", "DE", "NL", "IT", "ES", "CA",
        ] {
            #expect(table.covers(day("2020-01-01"), country: country), "\(country)")
            let in2035 = day("2035-01-01").through(day("2035-12-31")).contains { table.holiday(on: $0, country: country) != nil }
            #expect(in2035, "\(country)")
        }
        #expect(table.holiday(on: day("2025-10-10"), country: "TW") == "國慶日")
        #expect(table.holiday(on: day("2025-09-02"), country: "JP") == nil)
    }
}
