import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// Every write names what it changes and does its reads, checks and id allocation inside the
/// one transaction that writes.
@Suite("Writes change only what they name")
struct StoreWriteTests {
    static let day = LocalDate(iso: "2025-09-02") ?? LocalDate(dayNumber: 0)

    /// A file database (several connections, as the web app and the command line have).
    func withFileDatabase(_ body: (TripDatabase, URL) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
            _ = try db.importPlan(try readPlan(minimalPlan()))
            try body(db, folder)
        }
    }

    @Test("16 writers adding clippings at once each get their own id: all 160 are kept")
    func pressIDsAllocatedInsideTheTransaction() throws {
        try withFileDatabase { db, _ in
            let ids = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 16) { k in
                for i in 0..<10 {
                    if let saved = try? db.logPress(
                        delegation: "mini",
                        id: nil,
                        change: PressChange(date: Self.day, outlet: "報社\(k)", headline: "並發 \(k)-\(i)")
                    ) {
                        ids.mutate { $0.append(saved.id) }
                    }
                }
            }
            let press = try db.delegation("mini").press
            #expect(ids.value.count == 160)
            #expect(Set(ids.value).count == 160)
            #expect(press.count == 160)
            #expect(Set(press.compactMap(\.headline)).count == 160)
        }
    }

    @Test("an edit of a clipping changes only the fields given: a new image keeps headline, language and event")
    func pressEditKeepsOtherFields() throws {
        try withFileDatabase { db, _ in
            _ = try db.logPress(
                delegation: "mini",
                id: "p1",
                change: PressChange(
                    date: Self.day,
                    outlet: "工商時報",
                    headline: "標題",
                    language: "zh-Hant",
                    eventID: "visit"
                )
            )
            let result = try db.logPress(delegation: "mini", id: "p1", change: PressChange(image: "press/mini/0123456789abcdef.png"))
            #expect(result.added == false)
            let p = try #require(try db.delegation("mini").press.first)
            #expect(p.headline == "標題" && p.language == "zh-Hant" && p.eventID == "visit" && p.image == "press/mini/0123456789abcdef.png")
            _ = try db.logPress(delegation: "mini", id: "p1", change: PressChange(headline: .some(nil)))
            #expect(try db.delegation("mini").press.first?.headline == nil)
        }
    }

    @Test("a new clipping without date or outlet is refused")
    func newPressNeedsDateAndOutlet() throws {
        try withFileDatabase { db, _ in
            #expect(throws: StoreError.missingValues(["date", "outlet"])) {
                try db.logPress(delegation: "mini", id: nil, change: PressChange(headline: "只有標題"))
            }
        }
    }

    @Test("an event edit over the revision it was opened at changes that row's values only")
    func eventEditChangesOnlyItsRow() throws {
        try withFileDatabase { db, _ in
            let e = try #require(try db.delegation("mini").events.first)
            let revision = EditRevision.of(event: EventEdit(e))
            try db.addCounterpart(Counterpart(name: "會晤者"), delegation: "mini", event: "visit")
            try db.addNote(delegation: "mini", event: "visit", text: "筆記", author: nil)
            var edit = EventEdit(e)
            edit.title = "新標題"
            try db.editEvent(delegation: "mini", event: "visit", revision: revision, to: edit)
            let after = try #require(try db.delegation("mini").events.first)
            #expect(after.title == "新標題")
            #expect(after.counterparts.map(\.name) == ["會晤者"])
            #expect(after.notes.count == 1)
            #expect(after.sequence == e.sequence + 1)
        }
    }

    @Test("an event edit from a stale form throws both versions and saves nothing")
    func staleEventEditIsAConflict() throws {
        try withFileDatabase { db, _ in
            let e = try #require(try db.delegation("mini").events.first)
            let revision = EditRevision.of(event: EventEdit(e))
            var first = EventEdit(e)
            var second = EventEdit(e)
            first.title = "甲"
            second.host = "乙"
            try db.editEvent(delegation: "mini", event: "visit", revision: revision, to: first)
            #expect(throws: EditConflict<EventEdit>.self) { try db.editEvent(delegation: "mini", event: "visit", revision: revision, to: second) }
            let after = try #require(try db.delegation("mini").events.first)
            #expect(after.title == "甲" && after.host == nil)
        }
    }

    @Test("a members save changes only the changed rows; a stale row saves nothing at all")
    func membersSaveIsAllOrNothing() throws {
        try withFileDatabase { db, _ in
            let chang = try #require(try db.delegation("mini").member("chang"))
            let revision = EditRevision.of(member: chang)
            var a = chang
            a.title = "副局長"
            try db.saveMembers(delegation: "mini", edits: [MemberEdit(id: "chang", revision: revision, member: a)], added: [])
            var b = chang
            b.rank = "簡任"
            let newcomer = Member(id: "", order: 0, unit: "局", title: "專員", name: "新人")
            #expect(throws: MemberConflicts.self) {
                try db.saveMembers(delegation: "mini", edits: [MemberEdit(id: "chang", revision: revision, member: b)], added: [newcomer])
            }
            let members = try db.delegation("mini").members
            #expect(members.count == 1 && members[0].title == "副局長" && members[0].rank == nil)
        }
    }

    @Test("a new member gets the first free id inside the transaction; a taken id is refused")
    func newMemberIDs() throws {
        try withFileDatabase { db, _ in
            let ids = try db.saveMembers(delegation: "mini", edits: [], added: [Member(id: "", order: 0, unit: "局", title: "專員", name: "甲")])
            #expect(ids == ["m2"])
            #expect(throws: StoreError.idTaken(kind: "member", id: "chang")) {
                try db.saveMembers(delegation: "mini", edits: [], added: [Member(id: "chang", order: 0, unit: "局", title: "專員", name: "乙")])
            }
        }
    }

    @Test("the delegation's contact and an item's only participant cannot be removed")
    func removalRefusedWhilePlanNeedsMember() throws {
        try withFileDatabase { db, _ in
            var d = try db.delegation("mini")
            d.members.append(Member(id: "lin", order: 2, unit: "局", title: "專員", name: "林"))
            d.contactID = "chang"
            d.events[0].participants = ["lin"]
            _ = try db.importPlan(d)
            let chang = try #require(try db.delegation("mini").member("chang"))
            let lin = try #require(try db.delegation("mini").member("lin"))
            #expect(throws: StoreError.memberInUse(id: "chang", name: "張三", contact: true, onlyParticipantOf: [])) {
                try db.removeMember(delegation: "mini", id: "chang", revision: EditRevision.of(member: chang))
            }
            #expect(throws: StoreError.memberInUse(id: "lin", name: "林", contact: false, onlyParticipantOf: ["visit"])) {
                try db.removeMember(delegation: "mini", id: "lin", revision: EditRevision.of(member: lin))
            }
            #expect(try db.delegation("mini").members.count == 2)
        }
    }

    @Test("a caption edit from a stale page throws both texts")
    func staleCaption() throws {
        try withFileDatabase { db, folder in
            let vault = FileVault(root: folder.appendingPathComponent("files"))
            let id = try db.storingFiles([(.file(fixture("meeting.png")), "photos/mini")], vault: vault) { stored in
                try db.addPhoto(delegation: "mini", event: "visit", file: stored[0], caption: "原說明", takenAt: nil)
            }
            let revision = EditRevision.of(caption: "原說明")
            try db.captionPhoto(id: id, delegation: "mini", event: "visit", revision: revision, caption: "甲")
            #expect(throws: EditConflict(current: "甲", attempted: "乙", revision: EditRevision.of(caption: "甲"))) {
                try db.captionPhoto(id: id, delegation: "mini", event: "visit", revision: revision, caption: "乙")
            }
        }
    }

    @Test("re-importing a plan exported before people were met keeps those people")
    func importKeepsPeopleMet() throws {
        try withFileDatabase { db, _ in
            let exported = try PlanWriter().write(try db.delegation("mini"))
            try db.addCounterpart(Counterpart(name: "現場遇到的人", title: "課長"), delegation: "mini", event: "visit")
            _ = try db.importPlan(try PlanReader().read(text: exported, fileName: "x.yaml", baseDirectory: fixture("")).delegation)
            #expect(try db.delegation("mini").events[0].counterparts.map(\.name) == ["現場遇到的人"])
        }
    }

    @Test("an event dropped from the plan is kept when an outcome, a follow-up or a person met is logged on it")
    func keepsEventWithAnyLoggedMaterial() throws {
        let withoutEvent = minimalPlan().replacingOccurrences(
            of: "events:\n- id: visit\n  kind: 參訪\n  title: 參訪市場\n  date: 2025-09-02\n  place: 福岡",
            with: ""
        )
        for log in [
            { (db: TripDatabase) in try db.addOutcome(Outcome(text: "MOU"), delegation: "mini", event: "visit") },
            { db in try db.addFollowUp(FollowUp(task: "回信"), delegation: "mini", event: "visit") },
            { db in try db.addCounterpart(Counterpart(name: "山田"), delegation: "mini", event: "visit") },
        ] as [(TripDatabase) throws -> Any] {
            try withFileDatabase { db, _ in
                _ = try log(db)
                let summary = try db.importPlan(try readPlan(withoutEvent))
                #expect(summary.keptEvents == ["visit"])
            }
        }
    }

    @Test("every write raises the change stamp, so a cache never shows less than is stored")
    func everyWriteChangesTheStamp() throws {
        try withFileDatabase { db, _ in
            var stamps = [try db.changeStamp(delegation: "mini")]
            try db.addCounterpart(Counterpart(name: "甲"), delegation: "mini", event: "visit")
            stamps.append(try db.changeStamp(delegation: "mini"))
            _ = try db.logPress(delegation: "mini", id: "p", change: PressChange(date: Self.day, outlet: "報"))
            stamps.append(try db.changeStamp(delegation: "mini"))
            _ = try db.logPress(delegation: "mini", id: "p", change: PressChange(headline: "改"))
            stamps.append(try db.changeStamp(delegation: "mini"))
            let e = try #require(try db.delegation("mini").events.first)
            var edit = EventEdit(e)
            edit.host = "改"
            try db.editEvent(delegation: "mini", event: "visit", revision: EditRevision.of(event: EventEdit(e)), to: edit)
            stamps.append(try db.changeStamp(delegation: "mini"))
            #expect(Set(stamps).count == stamps.count)
        }
    }
}
