import Foundation
import Testing
import TripApp
import TripModel

/// Warnings on logging (issue 11): a photo taken on another day than its event's, or a note by a
/// member not at the meeting, is kept, and the warning offers the event it more likely belongs to.
@Suite struct LoggingWarningTests {
    func kyushu(_ h: AppHarness) async throws -> Delegation {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025"))
    }

    /// A moment in Fukuoka (JST).
    func fukuoka(_ text: String) throws -> Date {
        let date = try #require(LocalDate(iso: String(text.prefix(10))))
        let time = try #require(LocalTime(text: String(text.suffix(5))))
        let zone = try #require(Zone("Asia/Tokyo"))
        return try #require(try Moment(date: date, time: time, zone: zone).instant)
    }

    @Test func aPhotoTakenOnAnotherDayWarnsAndOffersThatDaysEvent() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let d = try await kyushu(h)
        let fgn = try #require(d.events.first { $0.id == "fgn" })
        let warning = try #require(d.loggingWarning(photo: Photo(id: 7, file: "x.jpg", takenAt: try fukuoka("2025-09-02 11:00")), on: fgn))
        #expect(warning.item == .photo(7) && warning.event == "fgn")
        #expect(warning.better == d.events.first { $0.date == LocalDate(iso: "2025-09-02") }?.id)
        #expect(warning.message.zh.contains("114 年 9 月 2 日") && warning.message.zh.contains("已照樣存下"))
    }

    @Test func aPhotoTakenOnTheEventsDayOrWithoutATimeRaisesNothing() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let d = try await kyushu(h)
        let fgn = try #require(d.events.first { $0.id == "fgn" })
        #expect(d.loggingWarning(photo: Photo(id: 7, file: "x.jpg", takenAt: try fukuoka("2025-09-01 23:50")), on: fgn) == nil)
        #expect(d.loggingWarning(photo: Photo(id: 7, file: "x.jpg"), on: fgn) == nil)
    }

    @Test func aPhotoTakenOnADayWithoutEventsSaysToCheckTheCamera() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let d = try await kyushu(h)
        let fgn = try #require(d.events.first { $0.id == "fgn" })
        let warning = try #require(d.loggingWarning(photo: Photo(id: 7, file: "x.jpg", takenAt: try fukuoka("2024-01-01 10:00")), on: fgn))
        #expect(warning.better == nil && warning.message.zh.contains("請確認相機的日期"))
    }

    @Test func aNoteByAMemberNotAtTheMeetingWarnsAndOffersTheMeetingTheyAttend() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        var d = try await kyushu(h)
        let i = try #require(d.events.firstIndex { $0.id == "fgn" })
        d.events[i].participants = ["chang", "hung"]
        let warning = try #require(d.loggingWarning(note: Note(id: 3, text: "紀錄", author: "yeh"), on: d.events[i]))
        #expect(warning.item == .note(3) && warning.event == "fgn")
        let better = try #require(d.events.first { $0.id == warning.better })
        #expect(better.date == d.events[i].date && better.participants.isEmpty)
        #expect(warning.message.zh.contains("葉珀如") && warning.message.zh.contains("不在"))
        #expect(d.loggingWarning(note: Note(id: 3, text: "紀錄", author: "chang"), on: d.events[i]) == nil)
    }

    @Test func aNoteOnAnEventForEveryoneOrWithoutAMemberAuthorRaisesNothing() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let d = try await kyushu(h)
        let fgn = try #require(d.events.first { $0.id == "fgn" })
        #expect(d.loggingWarning(note: Note(id: 3, text: "紀錄", author: "yeh"), on: fgn) == nil)
        #expect(d.loggingWarning(note: Note(id: 3, text: "紀錄", author: "承辦人"), on: fgn) == nil)
    }
}
