import Foundation
import Testing
import TripApp
import TripModel

@Suite struct UseCaseTests {
    @Test func aNoteLoggedFromTheCommandLineIsReadBackOnItsEventWithItsAuthor() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let logged = try await LogNote(h.context).run(
            LogNote.Input(
                EventTarget(trip: "kyushu", event: "fgn", prefix: true),
                text: "FGN 以簽證背書吸引外國新創。",
                author: "yeh",
                at: "2025-09-01 15:00"
            )
        )
        #expect(logged.eventTitle?.contains("Fukuoka Growth Next") == true)
        let read = try await ReadEvent(h.context).run(ReadEvent.Input(trip: "kyushu-2025", event: "fgn"))
        let note = try #require(read.notes.first { $0.id == logged.id })
        #expect(note.text == "FGN 以簽證背書吸引外國新創。" && note.author == "yeh")
    }

    @Test func aViewerMayNotLogANote() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let viewer = h.context.by(.user(WebUser(id: 7, name: "檢視者", role: .viewer, grants: ["kyushu-2025": .viewer])))
        await #expect(throws: AppError.self) {
            try await LogNote(viewer).run(LogNote.Input(EventTarget(trip: "kyushu-2025", event: "fgn"), text: "x"))
        }
        do {
            try await LogNote(viewer).run(LogNote.Input(EventTarget(trip: "kyushu-2025", event: "fgn"), text: "x"))
        } catch {
            guard case .forbidden = error else {
                Issue.record("expected forbidden, got \(error)")
                return
            }
        }
        #expect(try await ReadEvent(h.context).run(ReadEvent.Input(trip: "kyushu-2025", event: "fgn")).notes.allSatisfy { $0.text != "x" })
    }

    @Test func aRefusedPlanWritesNothingNotEvenADatabase() async throws {
        let h = try AppHarness()
        defer { h.remove() }
        let plan = h.folder.appendingPathComponent("bad.yaml")
        try "tripwright: 1\nid: bad\ntitel: x\n".write(to: plan, atomically: true, encoding: .utf8)
        do {
            try await ImportPlan(h.context).run(ImportPlan.Input(.file(plan, displayName: "bad.yaml")))
            Issue.record("the plan was imported")
        } catch {
            guard case let .plan(errors) = error else {
                Issue.record("expected plan errors, got \(error)")
                return
            }
            #expect(errors.errors.contains { $0.line == 3 && $0.column == 1 })
        }
        #expect(!FileManager.default.fileExists(atPath: h.context.location.database.path))
    }

    @Test func anUnknownReportKindNamesTheNearestAndEveryKnownKind() async throws {
        let h = try AppHarness()
        defer { h.remove() }
        do {
            _ = try await ReportKinds(h.context).validate("trp")
            Issue.record("trp was taken")
        } catch {
            guard case let .unknownReportKind(id, nearest, known) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(id == "trp" && nearest.first == "trip")
            #expect(known == ["trip", "council", "abstract", "review-form"])
            #expect(error.message.zh.contains("是否為：trip"))
        }
    }

    @Test func reportKindsComeTripFirstWithNamesInBothLanguages() async throws {
        let h = try AppHarness()
        defer { h.remove() }
        let kinds = try await ReportKinds(h.context).run()
        #expect(kinds.map(\.id) == ["trip", "council", "abstract", "review-form"])
        #expect(kinds.first?.name == LocalizedText(zh: "出國報告", en: "Trip report"))
    }

    @Test func checkTakesAYAMLNameAsAPlanFileAndAnythingElseAsAStoredTrip() {
        guard case .file = CheckPlan.Target.named("next.yml") else {
            Issue.record("next.yml is a plan file")
            return
        }
        guard case let .stored(trip) = CheckPlan.Target.named("kyushu") else {
            Issue.record("kyushu is a stored trip")
            return
        }
        #expect(trip.trip == "kyushu" && trip.prefix)
    }

    @Test func aScheduleOfAMemberNamedByNameHasOnlyTheirItemsAndAnUnknownNameIsRefusedWithTheNearest() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let schedule = try await ReadSchedule(h.context).run(
            ReadSchedule.Input(trip: ReadDelegation.Input(trip: "kyushu-2025"), member: .named("葉珀如"))
        )
        #expect(schedule.member?.id == "yeh")
        do {
            _ = try await ReadSchedule(h.context).run(ReadSchedule.Input(trip: ReadDelegation.Input(trip: "kyushu-2025"), member: .named("葉珀")))
            Issue.record("an unknown member was taken")
        } catch {
            guard case let .notAMember(text, near) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(text == "葉珀" && near.contains("葉珀如"))
        }
        // A link's member id that is not in the delegation shows everyone's days.
        let everyone = try await ReadSchedule(h.context).run(
            ReadSchedule.Input(trip: ReadDelegation.Input(trip: "kyushu-2025"), member: .id("nobody"))
        )
        #expect(everyone.member == nil && everyone.days.count == 7)
    }
}
