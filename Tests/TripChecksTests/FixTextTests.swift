import Testing
import TripChecks
import TripModel

@Suite("Fix texts point to something that exists, in each language's punctuation")
struct FixTextTests {
    @Test("a meeting too soon after landing is fixed by starting it later or an earlier service, never by ending the flight earlier")
    func bufferAfterLandingNeverEndsTheFlightEarlier() throws {
        var t = try fukuokaTrip()
        try t.event("welcome", .meeting, at: "FUK", "2025-09-01 11:40", to: "12:30", title: "接機會談")
        let fix = try #require(t.diagnostics(.buffer).first { $0.items.contains("welcome") }?.fix)
        #expect(!fix.en.contains("or end"), "\(fix.en)")
        #expect(!fix.zh.contains("提早結束"), "\(fix.zh)")
        #expect(fix.en.contains("Start") && fix.en.contains("arrives earlier"), "\(fix.en)")
        #expect(fix.zh.contains("延後") && fix.zh.contains("較早抵達的班次"), "\(fix.zh)")
    }

    @Test("a meeting too close before a flight is fixed by ending it earlier or a later service, never by starting the flight later")
    func bufferBeforeFlightNeverMovesTheFlight() throws {
        var t = try fukuokaTrip()
        try t.event("farewell", .meeting, at: "FUK", "2025-09-03 10:00", to: "11:00", title: "送行")
        let fix = try #require(t.diagnostics(.buffer).first?.fix)
        #expect(fix.en.hasPrefix("End") && fix.en.contains("leaves later"), "\(fix.en)")
        #expect(fix.zh.contains("提早") && fix.zh.contains("較晚出發的班次"), "\(fix.zh)")
        #expect(!fix.zh.contains("延後"), "\(fix.zh)")
    }

    @Test("an empty report section names the web's report text page, the command and the plan file's key")
    func sectionEmptyNamesWhereItIsWritten() throws {
        var t = try fukuokaTrip()
        t.delegation.purpose = nil
        let found = t.diagnostics(.sectionEmpty, today: "2025-10-01")
        let purpose = try #require(found.first { $0.message.en.contains("purpose") }?.fix)
        #expect(purpose.zh.contains("purpose") && purpose.zh.contains("上傳計畫檔") && purpose.zh.contains("tripwright import"))
        #expect(purpose.en.contains("`purpose`") && purpose.en.contains("Upload a plan file"))
        #expect(purpose.zh.contains("報告文字") && purpose.zh.contains("tripwright report-text 出國案 --field purpose"))
        #expect(purpose.en.contains("Report text") && purpose.en.contains("--field purpose"))
    }

    @Test("every message and fix of the planted problems uses full-width parentheses in Chinese and none in English")
    func punctuationPerLanguage() throws {
        let result = try PlantedProblemsTests.planted().check(today: "2025-10-01")
        var texts: [LocalizedText] = result.diagnostics.map(\.message)
        texts += result.diagnostics.compactMap(\.fix)
        #expect(texts.count > 20)
        for text in texts {
            #expect(!text.zh.contains("(") && !text.zh.contains(")"), "\(text.zh)")
            #expect(!text.en.contains { "（）：；、「」".contains($0) }, "\(text.en)")
        }
    }

    @Test("every acknowledge suggestion says where an acknowledgement is written")
    func acknowledgeSaysWhere() throws {
        let result = try PlantedProblemsTests.planted().check(today: "2025-10-01")
        let fixes = result.diagnostics.compactMap(\.fix)
        for fix in fixes where fix.en.lowercased().contains("acknowledge") {
            #expect(fix.en.contains("checks.acknowledge"), "\(fix.en)")
            #expect(fix.zh.contains("checks.acknowledge"), "\(fix.zh)")
        }
        #expect(fixes.contains { $0.en.contains("checks.acknowledge") })
    }
}
