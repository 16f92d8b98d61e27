import Foundation
import Testing
import TripChecks
import TripModel
import TripStore

@Suite("Rule 9: photos and notes on the wrong event (photo-other-day, note-by-non-participant)")
struct MisfiledItemsTests {
    /// The Fukuoka trip with three members: on 9/1 `fgn` (m1) 14:00–15:30 beside `lab` (m2)
    /// 14:00–15:30 and a dinner for everyone at 18:00; on 9/2 the city call 10:00–11:00 and a
    /// dinner 18:00–20:00.
    func trip() throws -> Trip {
        var t = try fukuokaTrip(members: 3)
        t.delegation.events[0].participants = ["m1"]
        try t.event("lab", .visit, at: "momochi", "2025-09-01 14:00", to: "15:30", title: "九州大學研究室", participants: ["m2"])
        try t.event("welcome", .meal, at: "tenjin", "2025-09-01 18:00", to: "20:00", title: "歡迎晚宴")
        try t.event("dinner", .meal, at: "tenjin", "2025-09-02 18:00", to: "20:00", title: "福岡市餐敘")
        return t
    }

    /// An instant from `2025-09-02 19:00` in Fukuoka.
    func jst(_ text: String) throws -> Date {
        try #require(try Trip.moment(text, at: "tenjin").instant)
    }

    func index(_ t: Trip, _ id: String) throws -> Int {
        try #require(t.delegation.events.firstIndex { $0.id == id })
    }

    @Test("a photo taken on another day warns on its event, naming the photo and the dates")
    func photoOnAnotherDayFires() throws {
        var t = try trip()
        t.delegation.events[0].photos = [Photo(id: 7, file: "ab12.jpg", caption: "與新創團隊交流", takenAt: try jst("2025-09-02 19:00"))]
        let found = t.diagnostics(.photoOtherDay)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .warning && d.items == ["fgn"] && d.day == day("2025-09-01"))
        #expect(d.message.zh.contains("Fukuoka Growth Next") && d.message.zh.contains("#7") && d.message.zh.contains("與新創團隊交流"))
        #expect(d.message.zh.contains("ab12.jpg") && d.message.zh.contains("114 年 9 月 2 日"))
        #expect(d.fix?.zh.contains("tripwright log move test-trip photo 7 dinner") == true)
        #expect(d.fix?.zh.contains("更正") == true && d.fix?.en.contains("checks.acknowledge") == true)
    }

    @Test("a photo taken on its event's day, or without a time taken, raises nothing")
    func photoOnTheRightEventIsQuiet() throws {
        var t = try trip()
        t.delegation.events[0].photos = [
            Photo(id: 7, file: "a.jpg", takenAt: try jst("2025-09-01 23:50")),
            Photo(id: 8, file: "b.jpg"),
        ]
        let city = try index(t, "city")
        t.delegation.events[city].photos = [Photo(id: 9, file: "c.jpg", takenAt: try jst("2025-09-02 10:30"))]
        #expect(t.diagnostics(.photoOtherDay).isEmpty)
    }

    @Test("the photo's likely event is the one of its date whose hours hold the time taken, not merely that day's first")
    func photoNamesTheEventAtTheTimeTaken() throws {
        var t = try trip()
        t.delegation.events[0].photos = [Photo(id: 7, file: "a.jpg", takenAt: try jst("2025-09-02 19:00"))]
        let d = try #require(t.diagnostics(.photoOtherDay).first)
        #expect(d.message.zh.contains("「福岡市餐敘」") && !d.message.zh.contains("福岡市經濟觀光文化局"))
        #expect(d.message.en.contains("\"福岡市餐敘\""))
    }

    @Test("a photo taken on a day without events says the camera's date may be wrong")
    func photoOnADayWithoutEvents() throws {
        var t = try trip()
        t.delegation.events[0].photos = [Photo(id: 7, file: "a.jpg", takenAt: try jst("2025-09-03 09:00"))]
        let d = try #require(t.diagnostics(.photoOtherDay).first)
        #expect(d.message.zh.contains("相機的日期可能有誤") && d.fix?.zh.contains("log move test-trip photo 7 行程id") == true)
    }

    @Test("a note by a member not among the event's participants warns, naming the author and the time written")
    func noteByNonParticipantFires() throws {
        var t = try trip()
        t.delegation.events[0].notes = [Note(id: 3, text: "研究室的簡報", author: "m2", createdAt: try jst("2025-09-01 15:10"))]
        let found = t.diagnostics(.noteByNonParticipant)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .warning && d.items == ["fgn"] && d.members == ["m2"] && d.day == day("2025-09-01"))
        #expect(d.message.zh.contains("#3") && d.message.zh.contains("成員2") && d.message.zh.contains("15:10"))
        #expect(d.fix?.zh.contains("tripwright log move test-trip note 3 lab") == true)
    }

    @Test("a note by a participant, on an event for everyone, or by someone who is not a member raises nothing")
    func noteOnTheRightEventIsQuiet() throws {
        var t = try trip()
        t.delegation.events[0].notes = [Note(id: 3, text: "紀錄", author: "m1"), Note(id: 4, text: "紀錄", author: "日方窗口")]
        let welcome = try index(t, "welcome")
        t.delegation.events[welcome].notes = [Note(id: 5, text: "晚宴紀錄", author: "m2")]
        #expect(t.diagnostics(.noteByNonParticipant).isEmpty)
    }

    @Test("the note's likely event is the one its author attends at the same time, not a later one")
    func noteNamesTheEventAtTheSameTime() throws {
        var t = try trip()
        t.delegation.events[0].notes = [Note(id: 3, text: "紀錄", author: "m2")]
        let d = try #require(t.diagnostics(.noteByNonParticipant).first)
        #expect(d.message.zh.contains("「九州大學研究室」") && !d.message.zh.contains("歡迎晚宴"))
    }

    @Test("a note whose author's other events that day are at other hours offers none")
    func noteWithNoEventAtThatTime() throws {
        var t = try trip()
        t.delegation.events[0].notes = [Note(id: 3, text: "紀錄", author: "m3")]
        let d = try #require(t.diagnostics(.noteByNonParticipant).first)
        #expect(d.message.zh.contains("請確認筆記記在正確的行程") && !d.message.zh.contains("歡迎晚宴"))
    }

    @Test("an item in a plan file, without a database id, is moved in the plan file")
    func planItemsAreMovedInThePlan() throws {
        var t = try trip()
        t.delegation.events[0].photos = [Photo(file: "a.jpg", caption: "合影", takenAt: try jst("2025-09-02 19:00"))]
        let d = try #require(t.diagnostics(.photoOtherDay).first)
        #expect(d.fix?.zh.contains("計畫檔") == true && d.fix?.zh.contains("dinner") == true && d.fix?.zh.contains("log move") == false)
    }

    @Test("checks.off and an acknowledgement for the event quiet them")
    func offAndAcknowledged() throws {
        var t = try trip()
        t.delegation.events[0].photos = [Photo(id: 7, file: "a.jpg", takenAt: try jst("2025-09-02 19:00"))]
        t.delegation.checks.acknowledgements = [Acknowledgement(code: "photo-other-day", item: "fgn", reason: "前一天的合影")]
        #expect(t.diagnostics(.photoOtherDay).first?.acknowledged == "前一天的合影")
        t.delegation.checks.disabled = ["report"]
        #expect(t.diagnostics(.photoOtherDay).isEmpty)
    }

    @Test("neither fires on the real trips (seeds, press seeds), before or after return")
    func realTripsAreQuiet() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("seeds")
        let press = seeds.appendingPathComponent("press")
        var files: [URL] = []
        for folder in [seeds, press] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            files += names.map { folder.appendingPathComponent($0) }
        }
        #expect(files.count >= 5)
        for file in files {
            let d = try PlanReader().read(fileAt: file).delegation
            for today in [d.start, d.end.adding(days: 30)] {
                let codes = Checker().check(d, today: today).diagnostics.map(\.code)
                #expect(!codes.contains(.photoOtherDay) && !codes.contains(.noteByNonParticipant), "\(file.lastPathComponent)")
            }
        }
    }
}
