import Foundation
import Testing
import TripApp
import TripModel
import TripReport

/// Corrections of the log (issue 10): delete with undo, move, edit of every logged kind, the
/// history, revision checks and who may do what.
@Suite struct CorrectionUseCaseTests {
    static let trip = "kyushu-2025"

    static func event(_ h: AppHarness, _ id: String) async throws -> Event {
        try #require(try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: trip)).events.first { $0.id == id })
    }

    @Test func aDeletedNoteLeavesTheEventAndUndoRestoresItExactly() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let before = try await Self.event(h, "fgn").notes
        let note = try #require(before.first?.id)
        let deleted = try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .note(note))))
        #expect(deleted.action == .delete && deleted.after == nil && deleted.before == .note(before[0]))
        #expect(try await Self.event(h, "fgn").notes.map(\.id) == before.dropFirst().map(\.id))
        let undo = try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: deleted.id))
        #expect(undo.action == .undo && undo.undoes == deleted.id)
        #expect(try await Self.event(h, "fgn").notes == before)
        let history = try await ReadHistory(h.context).run(ReadHistory.Input(trip: Self.trip, event: "fgn")).changes
        #expect(history.map(\.id) == [deleted.id, undo.id] && history[0].undoneBy == undo.id)
    }

    @Test func aMisfiledPhotoMovesToAnotherEventAndUndoBringsItBack() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let photo = try #require(try await Self.event(h, "fgn").photos.first)
        let moved = try await MoveLogged(h.context).run(
            MoveLogged.Input(LoggedTarget(trip: Self.trip, item: .photo(photo.id ?? 0)), to: "yanagibashi")
        )
        #expect(moved.eventID == "fgn" && moved.toEventID == "yanagibashi")
        #expect(try await Self.event(h, "yanagibashi").photos.contains(photo))
        #expect(try await !Self.event(h, "fgn").photos.contains(photo))
        // The history of either event shows the move.
        #expect(try await ReadHistory(h.context).run(ReadHistory.Input(trip: Self.trip, event: "yanagibashi")).changes.map(\.id) == [moved.id])
        try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: moved.id))
        #expect(try await Self.event(h, "fgn").photos.first == photo)
    }

    @Test func anOutcomeAFollowUpAndAPersonMetChangeOnlyInTheFieldsGiven() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let target = EventTarget(trip: Self.trip, event: "fgn")
        let outcome = try await LogOutcome(h.context).run(LogOutcome.Input(target, text: "簽署合作備忘錄", date: "2025-09-01"))
        let task = try await LogFollowUp(h.context).run(LogFollowUp.Input(target, task: "寄送感謝函", owner: "yeh", due: "2025-09-30"))
        try await LogCounterpart(h.context).run(LogCounterpart.Input(target, name: "山田太郎", title: "部長", organisation: "FGN"))
        try await EditLogged(h.context).run(EditLogged.Input(LoggedTarget(trip: Self.trip, item: .outcome(outcome)), fields: ["text": "簽署 MOU"]))
        try await EditLogged(h.context).run(EditLogged.Input(LoggedTarget(trip: Self.trip, item: .followUp(task)), fields: ["status": "done"]))
        let people = try await Self.event(h, "fgn").counterparts
        try await EditLogged(h.context).run(
            EditLogged.Input(
                LoggedTarget(trip: Self.trip, item: .counterpart(event: "fgn", number: people.count)),
                fields: ["title": "執行長"]
            )
        )
        let e = try await Self.event(h, "fgn")
        #expect(e.outcomes == [Outcome(text: "簽署 MOU", date: LocalDate(iso: "2025-09-01"))])
        #expect(e.followUps == [FollowUp(task: "寄送感謝函", owner: "yeh", due: LocalDate(iso: "2025-09-30"), status: .done)])
        #expect(e.counterparts.last == Counterpart(name: "山田太郎", title: "執行長", organisation: "FGN"))
    }

    @Test func anEditWithAFieldTheKindDoesNotHaveIsRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let note = try #require(try await Self.event(h, "fgn").notes.first?.id)
        do {
            try await EditLogged(h.context).run(EditLogged.Input(LoggedTarget(trip: Self.trip, item: .note(note)), fields: ["caption": "x"]))
            Issue.record("a caption was taken for a note")
        } catch {
            guard case .refused = error else {
                Issue.record("got \(error)")
                return
            }
        }
    }

    @Test func aDeletionFromAnOlderRevisionDeletesNothingAndCarriesBothVersions() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let note = try #require(try await Self.event(h, "fgn").notes.first?.id)
        let entries = try await ReadLogged(h.context).run(EventTarget(trip: Self.trip, event: "fgn"))
        let seen = try #require(entries.first { $0.item == .note(note) }?.revision)
        try await EditLogged(h.context).run(
            EditLogged.Input(
                LoggedTarget(trip: Self.trip, item: .note(note)),
                fields: ["text": "改過的筆記"],
                revision: seen
            )
        )
        do {
            try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .note(note)), revision: seen))
            Issue.record("a stale deletion was done")
        } catch {
            guard case let .loggedConflict(conflict) = error else {
                Issue.record("got \(error)")
                return
            }
            #expect(conflict.current?.summary == "改過的筆記" && conflict.attempted == nil && conflict.revision != seen)
            #expect(error.message.zh.contains("改過的筆記"))
        }
        #expect(try await Self.event(h, "fgn").notes.contains { $0.text == "改過的筆記" })
    }

    @Test func anUndoOfAChangeTheItemHasMovedOnFromIsRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let photo = try #require(try await Self.event(h, "fgn").photos.first?.id)
        let item = LoggedTarget(trip: Self.trip, item: .photo(photo))
        let first = try await EditLogged(h.context).run(EditLogged.Input(item, fields: ["caption": "第一次"]))
        try await EditLogged(h.context).run(EditLogged.Input(item, fields: ["caption": "第二次"]))
        do {
            try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: first.id))
            Issue.record("an undo overwrote a later edit")
        } catch {
            guard case .loggedConflict = error else {
                Issue.record("got \(error)")
                return
            }
        }
        #expect(try await Self.event(h, "fgn").photos.first?.caption == "第二次")
    }

    @Test func undoingAnUndoRedoesTheChangeAndASecondUndoOfTheSameChangeIsRefused() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let note = try #require(try await Self.event(h, "fgn").notes.first?.id)
        let deleted = try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .note(note))))
        let undo = try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: deleted.id))
        do {
            try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: deleted.id))
            Issue.record("a change was undone twice")
        } catch {
            guard case .correction(.alreadyUndone(deleted.id, by: undo.id)) = error else {
                Issue.record("got \(error)")
                return
            }
        }
        try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: undo.id))
        #expect(try await !Self.event(h, "fgn").notes.contains { $0.id == note })
    }

    @Test func aViewerCorrectsNothingAndAMemberOnlyTheirOwnDelegation() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let note = try #require(try await Self.event(h, "fgn").notes.first?.id)
        let target = LoggedTarget(trip: Self.trip, item: .note(note))
        let viewer = h.context.by(.user(WebUser(id: 2, name: "訪客", role: .viewer, grants: ["kyushu-2025": .viewer])))
        let stranger = h.context.by(.user(WebUser(id: 4, name: "路人甲", role: .member)))
        for context in [viewer, stranger] {
            do {
                try await DeleteLogged(context).run(DeleteLogged.Input(target))
                Issue.record("a correction by someone who may not log")
            } catch {
                // A member of another delegation is not even shown this one (main's rule): 404, not 403.
                switch error {
                case .forbidden, .store(.noSuchDelegation): break
                default: Issue.record("got \(error)")
                }
            }
        }
        #expect(try await Self.event(h, "fgn").notes.contains { $0.id == note })
        let member = h.context.by(.user(WebUser(id: 3, name: "葉珀如", role: .member)))
        let change = try await DeleteLogged(member).run(DeleteLogged.Input(target))
        #expect(change.actor == "葉珀如")
    }

    @Test func reimportingTheSeedAfterCorrectionsBringsNothingBackAndRevertsNoEdit() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let e = try await Self.event(h, "yanagibashi")
        let notes = e.notes.compactMap(\.id)
        let photos = e.photos.compactMap(\.id)
        try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .note(notes[0]))))
        try await EditNote(h.context).run(
            EditNote.Input(EventTarget(trip: Self.trip, event: "yanagibashi"), note: notes[1], revision: 1, text: "網頁上改過的筆記")
        )
        try await EditLogged(h.context).run(EditLogged.Input(LoggedTarget(trip: Self.trip, item: .photo(photos[0])), fields: ["caption": "網頁上改過的說明"]))
        try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .photo(photos[1]))))
        try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .counterpart(event: "yanagibashi", number: 1))))
        try await LogPress(h.context).run(
            LogPress.Input(
                trip: ReadDelegation.Input(trip: Self.trip),
                id: "setn-0908",
                fields: LogPress.Fields(headline: "網頁上改過的標題")
            )
        )
        let corrected = try await Self.event(h, "yanagibashi")
        let summary = try await ImportPlan(h.context).run(ImportPlan.Input(.file(AppHarness.kyushu, displayName: "kyushu-2025.yaml")))
        let after = try await Self.event(h, "yanagibashi")
        #expect(after.notes == corrected.notes)
        #expect(after.photos == corrected.photos)
        #expect(after.counterparts == corrected.counterparts)
        let press = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: Self.trip)).press
        #expect(press.first { $0.id == "setn-0908" }?.headline == "網頁上改過的標題")
        #expect(summary.correctionsKept == ["setn-0908"])
    }

    @Test func aFileLoggedWithAPlaceholdersCaptionFillsItAndNamingThePhotoFillsThatOne() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let placeholders = try await Self.event(h, "fgn").photos
        let folder = h.folder.appendingPathComponent("camera")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = folder.appendingPathComponent("a.jpg")
        let b = folder.appendingPathComponent("b.jpg")
        try SyntheticPhoto.write(to: a, width: 40, height: 30, variant: 1)
        try SyntheticPhoto.write(to: b, width: 41, height: 30, variant: 2)
        let target = EventTarget(trip: Self.trip, event: "fgn")
        let byCaption = try await LogPhotos(h.context).run(LogPhotos.Input(target, photos: .files([a]), caption: placeholders[0].caption))
        #expect(byCaption.map(\.filled) == [true] && byCaption[0].id == placeholders[0].id)
        let byID = try await LogPhotos(h.context).run(LogPhotos.Input(target, photos: .files([b]), fill: placeholders[1].id))
        #expect(byID.map(\.filled) == [true] && byID[0].id == placeholders[1].id)
        let photos = try await Self.event(h, "fgn").photos
        #expect(photos.count == placeholders.count)
        #expect(photos[0].file != nil && photos[1].file != nil && photos[0].caption == placeholders[0].caption)
    }

    @Test func aNoteEditedOnItsFormAndACaptionEditedOnItsFormAreInTheHistoryAndUndoable() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let target = EventTarget(trip: Self.trip, event: "fgn")
        let e = try await Self.event(h, "fgn")
        let note = try #require(e.notes.first)
        let photo = try #require(e.photos.first)
        try await EditNote(h.context).run(EditNote.Input(target, note: note.id ?? 0, revision: 1, text: "表單上改的筆記"))
        try await EditCaption(h.context).run(
            EditCaption.Input(
                target,
                photo: photo.id ?? 0,
                revision: EditRevision.of(caption: photo.caption),
                caption: "表單上改的說明"
            )
        )
        let history = try await ReadHistory(h.context).run(ReadHistory.Input(trip: Self.trip, event: "fgn")).changes
        #expect(history.map(\.action) == [.edit, .edit] && history[0].before == .note(note))
        for change in history.reversed() { try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: change.id)) }
        let after = try await Self.event(h, "fgn")
        #expect(after.notes.first?.text == note.text && after.photos.first?.caption == photo.caption)
    }

    @Test func aDeletedClippingStaysDeletedWhenTheSeedIsImportedAgain() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .press("setn-0908"))))
        try await ImportPlan(h.context).run(ImportPlan.Input(.file(AppHarness.kyushu, displayName: "kyushu-2025.yaml")))
        let press = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: Self.trip)).press
        #expect(!press.contains { $0.id == "setn-0908" } && press.count == 13)
    }

    @Test func aPersonMetMovesToAnotherEventAndUndoPutsBothListsBack() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let from = try await Self.event(h, "yanagibashi").counterparts
        let to = try await Self.event(h, "fgn").counterparts
        let moved = try await MoveLogged(h.context).run(
            MoveLogged.Input(
                LoggedTarget(trip: Self.trip, item: .counterpart(event: "yanagibashi", number: 1)),
                to: "fgn"
            )
        )
        #expect(try await Self.event(h, "fgn").counterparts == to + [from[0]])
        #expect(try await Self.event(h, "yanagibashi").counterparts == Array(from.dropFirst()))
        try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: moved.id))
        #expect(try await Self.event(h, "yanagibashi").counterparts == from)
        #expect(try await Self.event(h, "fgn").counterparts == to)
    }

    @Test func aDeletedPhotosFileOutlivesTheFolderSweepSoUndoBringsBackThePicture() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let url = h.folder.appendingPathComponent("a.jpg")
        try SyntheticPhoto.write(to: url, width: 40, height: 30, variant: 5)
        let target = EventTarget(trip: Self.trip, event: "fgn")
        let stored = try #require(try await LogPhotos(h.context).run(LogPhotos.Input(target, photos: .files([url]), caption: "會後合影")).first)
        let deleted = try await DeleteLogged(h.context).run(DeleteLogged.Input(LoggedTarget(trip: Self.trip, item: .photo(stored.id))))
        // The next `log photo` sweeps the delegation's folder of files no row names.
        let other = h.folder.appendingPathComponent("b.jpg")
        try SyntheticPhoto.write(to: other, width: 41, height: 30, variant: 6)
        try await LogPhotos(h.context).run(LogPhotos.Input(target, photos: .files([other]), caption: "另一張"))
        try await UndoChange(h.context).run(UndoChange.Input(trip: Self.trip, change: deleted.id))
        #expect(try await ReadStoredFile(h.context).run(.photo(trip: Self.trip, id: stored.id)).data.count > 0)
    }
}
