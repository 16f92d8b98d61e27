import Testing
import TripChecks
import TripModel

@Suite("Rule 9: report readiness after return")
struct ReadinessTests {
    /// The clean trip with a finished report.
    func reported() throws -> Trip {
        var t = try fukuokaTrip()
        t.delegation.purpose = "了解福岡新創政策。"
        t.delegation.summary = String(repeating: "福岡新創參訪交流。", count: 25)
        t.delegation.reflections = [Reflection(theme: "新創", text: "福岡以法規鬆綁吸引新創。")]
        t.delegation.suggestions = "建立多語服務櫃台。"
        for i in t.delegation.events.indices { t.delegation.events[i].notes = [Note(text: "交流紀錄。")] }
        return t
    }

    @Test("nothing about the report is checked before return")
    func quietBeforeReturn() throws {
        let t = try fukuokaTrip()
        #expect(t.codes(today: "2025-09-03").isEmpty)
    }

    @Test("a finished report well before its due date raises only an info note")
    func finishedReportIsQuiet() throws {
        let found = try reported().check(today: "2025-09-10").diagnostics
        #expect(found.map(\.code) == [.reportDue])
        #expect(found.first?.severity == .info)
        #expect(found.first?.day == day("2025-12-03"))
    }

    @Test("the report due date warns from 14 days before")
    func dueSoonWarns() throws {
        let found = try reported().diagnostics(.reportDue, today: "2025-11-20")
        #expect(found.first?.severity == .warning)
    }

    @Test("a report past return + 3 months is an error")
    func overdueIsError() throws {
        let found = try reported().diagnostics(.reportDue, today: "2025-12-04")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.en.contains("1 days late") == true)
    }

    @Test("a filed report is never due")
    func filedIsNotDue() throws {
        var t = try reported()
        t.delegation.status = .filed
        #expect(t.diagnostics(.reportDue, today: "2026-06-01").isEmpty)
    }

    @Test("a summary of fewer than 200 CJK characters is reported with its count")
    func shortSummary() throws {
        var t = try reported()
        t.delegation.summary = "福岡參訪。"
        let found = t.diagnostics(.summaryLength, today: "2025-09-10")
        #expect(found.first?.message.en.contains("has 5 CJK characters") == true)
    }

    @Test("a summary of 200 to 300 CJK characters is fine")
    func summaryInRange() throws {
        #expect(try reported().diagnostics(.summaryLength, today: "2025-09-10").isEmpty)
    }

    @Test("placeholders left in the text are reported where they are")
    func placeholders() throws {
        var t = try reported()
        t.delegation.suggestions = "建議○○。"
        t.delegation.events[0].notes = [Note(text: "TODO 補充")]
        let found = t.diagnostics(.placeholder, today: "2025-09-10")
        #expect(found.count == 2)
        #expect(found.contains { $0.items == ["fgn"] && $0.message.en.contains("TODO") })
        #expect(found.contains { $0.message.zh.contains("建議") && $0.message.zh.contains("○○") })
    }

    @Test("an empty purpose, reflections or suggestions section is reported")
    func emptySections() throws {
        var t = try reported()
        t.delegation.purpose = nil
        t.delegation.reflections = []
        t.delegation.suggestions = "  "
        let found = t.diagnostics(.sectionEmpty, today: "2025-09-10")
        #expect(
            found.map(\.message.en) == [
                "The report's purpose section is empty.",
                "The report's reflections section is empty.",
                "The report's suggestions section is empty.",
            ]
        )
    }

    @Test("a visit with no notes is reported")
    func visitWithoutNotes() throws {
        var t = try reported()
        t.delegation.events[0].notes = []
        #expect(t.diagnostics(.visitWithoutNotes, today: "2025-09-10").map(\.items) == [["fgn"]])
    }

    @Test("a visit the trip report's outline keeps out of the body, or covers with its own text, needs no notes")
    func visitOutOfTheBodyNeedsNoNotes() throws {
        var t = try reported()
        t.delegation.events[0].notes = []
        t.delegation.outlines = [ReportOutline(kind: "trip", sections: [OutlineSection(events: ["fgn"], inBody: false)])]
        #expect(t.diagnostics(.visitWithoutNotes, today: "2025-09-10").isEmpty)
        t.delegation.outlines = [ReportOutline(kind: "trip", sections: [OutlineSection(events: ["fgn"], text: "改寫的段落。")])]
        #expect(t.diagnostics(.visitWithoutNotes, today: "2025-09-10").isEmpty)
        t.delegation.outlines = [ReportOutline(kind: "council", sections: [OutlineSection(events: ["fgn"], inBody: false)])]
        #expect(t.diagnostics(.visitWithoutNotes, today: "2025-09-10").map(\.items) == [["fgn"]])
    }

    @Test("a photo with no caption is reported")
    func photoWithoutCaption() throws {
        var t = try reported()
        t.delegation.events[0].photos = [Photo(file: "a.jpg", caption: "合影"), Photo(file: "b.jpg")]
        let found = t.diagnostics(.photoWithoutCaption, today: "2025-09-10")
        #expect(found.map(\.items) == [["fgn"]])
        #expect(found.first?.message.en.contains("1 photo") == true)
    }

    @Test("one organisation written two ways is reported (柳橋聯合市場 / 柳橋連合市場協同組合)")
    func nameVariants() throws {
        var t = try reported()
        try t.event("yanagi", .study, at: "tenjin", "2025-09-02 08:00", to: "09:00", title: "柳橋聯合市場", notes: ["市場導覽"])
        t.delegation.events[2].counterparts = [Counterpart(name: "古賀和秀", title: "理事長", organisation: "柳橋連合市場協同組合")]
        let found = t.diagnostics(.nameVariants, today: "2025-09-10")
        #expect(found.count == 1)
        #expect(found.first?.message.zh.contains("柳橋聯合市場") == true)
        #expect(found.first?.message.zh.contains("柳橋連合市場") == true)
    }

    @Test("names that differ in a letter or digit are different things, not variants")
    func differentHallsAreQuiet() throws {
        var t = try reported()
        try t.event("a", .visit, at: "tenjin", "2025-09-02 12:00", to: "12:30", title: "馬林展覽館A館", notes: ["n"])
        try t.event("b", .visit, at: "tenjin", "2025-09-02 13:00", to: "13:30", title: "馬林展覽館B館", notes: ["n"])
        #expect(t.diagnostics(.nameVariants, today: "2025-09-10").isEmpty)
    }
}
