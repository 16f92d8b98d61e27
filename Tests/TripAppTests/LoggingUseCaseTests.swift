import Foundation
import Testing
import TripApp
import TripModel

@Suite struct LoggingUseCaseTests {
    @Test func aClippingGetsTheFirstFreeIdOfItsDateAndAnEditChangesOnlyTheFieldsGiven() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let trip = ReadDelegation.Input(trip: "kyushu-2025")
        let added = try await LogPress(h.context).run(
            LogPress.Input(
                trip: trip,
                fields: LogPress.Fields(
                    date: "2025-09-20",
                    outlet: "三立新聞台",
                    headline: "臺中市政團隊赴日參訪",
                    url: "https://example.com/a"
                )
            )
        )
        #expect(added.added && added.id == "press-2025-09-20-1" && added.outlet == "三立新聞台")
        let changed = try await LogPress(h.context).run(LogPress.Input(trip: trip, id: added.id, fields: LogPress.Fields(headline: "新標題", url: "")))
        #expect(!changed.added && changed.id == added.id)
        let stored = try #require(try await ReadDelegation(h.context).run(trip).press.first { $0.id == added.id })
        #expect(stored.headline == "新標題" && stored.url == nil && stored.outlet == "三立新聞台")
    }

    @Test func aNewClippingWithoutItsDateOrOutletAndAnEmptyEditAreRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let trip = ReadDelegation.Input(trip: "kyushu-2025")
        do {
            try await LogPress(h.context).run(LogPress.Input(trip: trip, fields: LogPress.Fields(headline: "x")))
            Issue.record("a clipping without date and outlet was added")
        } catch {
            guard case .pressIncomplete("kyushu-2025") = error else {
                Issue.record("got \(error)")
                return
            }
        }
        let added = try await LogPress(h.context).run(LogPress.Input(trip: trip, fields: LogPress.Fields(date: "2025-09-21", outlet: "NHK")))
        do {
            try await LogPress(h.context).run(LogPress.Input(trip: trip, id: added.id, fields: LogPress.Fields()))
            Issue.record("an edit of nothing was taken")
        } catch {
            guard case .nothingToChange = error else {
                Issue.record("got \(error)")
                return
            }
        }
    }

    @Test func anEventFormSavedFromAnOlderRevisionSavesNothingAndCarriesBothVersions() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let target = EventTarget(trip: "kyushu-2025", event: "fgn")
        let values = EditEvent.Values(title: "FGN 參訪", kind: "參訪", date: "2025-09-01", start: "14:00", end: "15:00", place: "", host: "FGN")
        do {
            try await EditEvent(h.context).run(EditEvent.Input(target, revision: "stale", values: values))
            Issue.record("a stale form was saved")
        } catch {
            guard case let .eventConflict(conflict) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(conflict.attempted.title == "FGN 參訪" && conflict.current.title != "FGN 參訪")
            #expect(try await EditEvent(h.context).run(EditEvent.Input(target, revision: conflict.revision, values: values)))
        }
        let event = try await ReadEvent(h.context).run(ReadEvent.Input(trip: "kyushu-2025", event: "fgn")).event
        #expect(event.title == "FGN 參訪" && event.host == "FGN")
    }

    @Test func aMemberMakesOnlyTheirOwnCalendarFeed() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let member = h.context.by(.user(WebUser(id: 3, name: "葉珀如", role: .member)))
        let made = try await MakeFeed(member).run(MakeFeed.Input(trip: "kyushu-2025", member: "yeh"))
        #expect(made.token.count == 48 && made.member?.id == "yeh")
        let calendar = try await ReadFeed(h.context).run(ReadFeed.Input(token: made.token))
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR"))
        for other in ["hung", nil] as [String?] {
            do {
                _ = try await MakeFeed(member).run(MakeFeed.Input(trip: "kyushu-2025", member: other))
                Issue.record("a member made \(other ?? "everyone")'s feed")
            } catch {
                guard case .forbidden = error else {
                    Issue.record("got \(error)")
                    return
                }
            }
        }
    }

    @Test func aDownloadedReportComesAsOneFileWithItsNameAndType() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let file = try await DownloadReport(h.context).run(DownloadReport.Input(trip: "kyushu-2025", kind: "trip", format: .md))
        #expect(!file.data.isEmpty)
        #expect(file.fileName.hasPrefix("kyushu-2025-") && (file.mediaType == "application/zip" || file.mediaType.hasPrefix("text/markdown")))
        do {
            _ = try await DownloadReport(h.context).run(DownloadReport.Input(trip: "kyushu-2025", kind: "nope", format: .md))
            Issue.record("an unknown kind was made")
        } catch {
            guard case .notFound("nope") = error else {
                Issue.record("got \(error)")
                return
            }
        }
    }
}
