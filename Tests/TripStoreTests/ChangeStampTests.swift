import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// The change stamp a server's cache trusts is the delegation's counter, raised by every write
/// in its own transaction (issue 14: it once summed every note's revision on every page).
@Suite("The change stamp")
struct ChangeStampTests {
    /// Each write method of the store that changes a delegation.
    enum Write: String, CaseIterable, CustomTestStringConvertible {
        case importPlan, addNote, editNote, addPhotos, captionPhoto, addPress, editPress
        case addCounterpart, addOutcome, addFollowUp, editEvent, saveMembers, removeMember

        var testDescription: String { rawValue }

        /// Makes the write on the minimal plan (with a second member, `lin`, free to remove).
        func make(_ db: TripDatabase) throws {
            switch self {
            case .importPlan:
                var d = try db.delegation("mini")
                d.title = "改過的標題"
                _ = try db.importPlan(d)
            case .addNote:
                _ = try db.addNote(delegation: "mini", event: "visit", text: "筆記", author: nil)
            case .editNote:
                let id = try db.addNote(delegation: "mini", event: "visit", text: "筆記", author: nil)
                try bumpedOnce(db) { _ = try db.editNote(id: id, delegation: "mini", event: "visit", revision: 1, text: "改") }
            case .addPhotos, .captionPhoto:
                // The store keeps a path and a digest; the file itself is the vault's concern.
                let file = StoredFile(path: "photos/mini/x.png", sha256: String(repeating: "ab", count: 32))
                if self == .addPhotos {
                    _ = try db.addPhotos(delegation: "mini", event: "visit", [PhotoUpload(file: file, takenAt: nil)], caption: nil)
                } else {
                    let id = try db.addPhotos(delegation: "mini", event: "visit", [PhotoUpload(file: file, takenAt: nil)], caption: nil)[0]
                    try bumpedOnce(db) {
                        try db.captionPhoto(id: id, delegation: "mini", event: "visit", revision: EditRevision.of(caption: nil), caption: "說明")
                    }
                }
            case .addPress:
                _ = try db.logPress(delegation: "mini", id: nil, change: PressChange(date: ChangeStampTests.day, outlet: "報社"))
            case .editPress:
                _ = try db.logPress(delegation: "mini", id: "p", change: PressChange(date: ChangeStampTests.day, outlet: "報社"))
                try bumpedOnce(db) { _ = try db.logPress(delegation: "mini", id: "p", change: PressChange(headline: "改")) }
            case .addCounterpart:
                try db.addCounterpart(Counterpart(name: "山田"), delegation: "mini", event: "visit")
            case .addOutcome:
                _ = try db.addOutcome(Outcome(text: "成果"), delegation: "mini", event: "visit")
            case .addFollowUp:
                _ = try db.addFollowUp(FollowUp(task: "回信"), delegation: "mini", event: "visit")
            case .editEvent:
                let e = try #require(try db.delegation("mini").events.first)
                var edit = EventEdit(e)
                edit.host = "改"
                try db.editEvent(delegation: "mini", event: "visit", revision: EditRevision.of(event: EventEdit(e)), to: edit)
            case .saveMembers:
                let chang = try #require(try db.delegation("mini").member("chang"))
                var changed = chang
                changed.title = "副局長"
                _ = try db.saveMembers(
                    delegation: "mini",
                    edits: [MemberEdit(id: "chang", revision: EditRevision.of(member: chang), member: changed)],
                    added: []
                )
            case .removeMember:
                let lin = try #require(try db.delegation("mini").member("lin"))
                try db.removeMember(delegation: "mini", id: "lin", revision: EditRevision.of(member: lin))
            }
        }

        /// For writes that need an earlier write first: the one under test raises the counter too.
        private func bumpedOnce(_ db: TripDatabase, _ body: () throws -> Void) throws {
            let before = try db.changeStamp(delegation: "mini")
            try body()
            #expect(try db.changeStamp(delegation: "mini") != before)
        }
    }

    static let day = LocalDate(iso: "2025-09-02") ?? LocalDate(dayNumber: 0)

    /// The delegation's counter as stored.
    private func counter(_ db: TripDatabase) throws -> Int {
        try db.read { db in try Int.fetchOne(db, sql: "SELECT changeCount FROM delegation WHERE id = 'mini'") } ?? -1
    }

    @Test("each write method raises the delegation's counter, and so its change stamp", arguments: Write.allCases)
    func eachWriteRaisesTheStamp(_ write: Write) throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
            let members = """
                - {id: chang, unit: 測試局, title: 局長, name: 張三, role: leader}
                - {id: lin, unit: 測試局, title: 專員, name: 林四}
                """
            _ = try db.importPlan(try readPlan(minimalPlan(members: members)))
            let stamp = try db.changeStamp(delegation: "mini")
            let count = try counter(db)
            try write.make(db)
            #expect(try counter(db) > count)
            #expect(try db.changeStamp(delegation: "mini") != stamp)
        }
    }

    @Test("the stamp is read from the delegation's row alone: notes written around the store do not change it")
    func stampReadsOnlyTheCounter() throws {
        try withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
            _ = try db.importPlan(try readPlan(minimalPlan()))
            let stamp = try db.changeStamp(delegation: "mini")
            try db.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO note (delegationId, eventId, text, revision, createdAt, updatedAt)
                        VALUES ('mini', 'visit', 'x', 7, '2025-09-02 10:00:00.000', '2025-09-02 10:00:00.000')
                        """
                )
            }
            #expect(try db.changeStamp(delegation: "mini") == stamp)
            #expect(try db.changeStamp(delegation: "nosuch") == "-")
        }
    }
}
