import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Creates or updates a delegation from a plan, by stable ids, in one transaction. Notes,
    /// photos, outcomes, follow-ups, people met and press already stored are never dropped;
    /// events missing from the plan are removed unless something is logged against them.
    /// `photoFiles` maps a photo's file as written in the plan to its stored path and hash.
    public func importPlan(_ d: Delegation, photoFiles: [String: StoredFile] = [:], now: Date = Date()) throws -> ImportSummary {
        try write(importPlanBody(d, photoFiles: photoFiles, now: now))
    }

    /// `importPlan` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func importPlan(_ d: Delegation, photoFiles: [String: StoredFile] = [:], now: Date = Date()) async throws -> ImportSummary {
        try await write(importPlanBody(d, photoFiles: photoFiles, now: now))
    }

    /// The transaction of `importPlan`.
    private func importPlanBody(_ d: Delegation, photoFiles: [String: StoredFile], now: Date) -> @Sendable (Database) throws -> ImportSummary {
        { db in
            let created = try DelegationRecord.fetchOne(db, key: d.id) == nil
            var summary = ImportSummary(delegationID: d.id, created: created)
            try DelegationRecord(d, now: now).upsert(db)

            // Members: replace the set (participants of removed members go with them).
            let memberIDs = Set(d.members.map(\.id))
            try MemberRecord.filter(Column("delegationId") == d.id && !memberIDs.contains(Column("id"))).deleteAll(db)
            for m in d.members { try MemberRecord(m, delegation: d.id).upsert(db) }

            // Places first: items refer to them.
            for (i, p) in d.places.enumerated() { try PlaceRecord(p, position: i, delegation: d.id).upsert(db) }

            // Events: keep those with logged material even when the plan dropped them.
            let planEvents = Set(d.events.map(\.id))
            let stored = try String.fetchAll(db, sql: "SELECT id FROM event WHERE delegationId = ?", arguments: [d.id])
            for id in stored where !planEvents.contains(id) {
                if try hasLoggedMaterial(db, delegation: d.id, event: id) {
                    summary.keptEvents.append(id)
                } else {
                    try db.execute(sql: "DELETE FROM outcome WHERE delegationId = ? AND eventID = ?", arguments: [d.id, id])
                    try db.execute(sql: "DELETE FROM followUp WHERE delegationId = ? AND eventID = ?", arguments: [d.id, id])
                    try EventRecord.filter(Column("delegationId") == d.id && Column("id") == id).deleteAll(db)
                    summary.removedItems.append(id)
                }
            }
            let keptOffset = d.events.count
            try db.execute(sql: "UPDATE event SET position = position + ? WHERE delegationId = ?", arguments: [keptOffset + 1_000_000, d.id])
            for (i, e) in d.events.enumerated() {
                var record = EventRecord(e, position: i, delegation: d.id)
                record.counterparts = StoredJSON.encode(try mergedCounterparts(db, event: e, delegation: d.id))
                try sequenced(record, in: db, participants: e.participants).upsert(db)
                summary.notesAdd(try mergeLogged(db, event: e, delegation: d.id, photoFiles: photoFiles, now: now))
            }
            // Renumber kept events after the plan's.
            let kept = try String.fetchAll(db, sql: "SELECT id FROM event WHERE delegationId = ? AND position >= ? ORDER BY position", arguments: [d.id, 1_000_000])
            for (i, id) in kept.enumerated() {
                try db.execute(sql: "UPDATE event SET position = ? WHERE delegationId = ? AND id = ?", arguments: [keptOffset + i, d.id, id])
            }

            // Legs and stays belong to the plan: replace them.
            let legIDs = Set(d.legs.map(\.id)), stayIDs = Set(d.stays.map(\.id))
            for id in try String.fetchAll(db, sql: "SELECT id FROM leg WHERE delegationId = ?", arguments: [d.id]) where !legIDs.contains(id) {
                summary.removedItems.append(id)
            }
            try LegRecord.filter(Column("delegationId") == d.id && !legIDs.contains(Column("id"))).deleteAll(db)
            try StayRecord.filter(Column("delegationId") == d.id && !stayIDs.contains(Column("id"))).deleteAll(db)
            for (i, l) in d.legs.enumerated() { try sequenced(LegRecord(l, position: i, delegation: d.id), in: db, participants: l.participants).upsert(db) }
            for (i, s) in d.stays.enumerated() { try sequenced(StayRecord(s, position: i, delegation: d.id), in: db, participants: s.participants).upsert(db) }

            // Participants of every item, from the plan.
            let planItems = Set(d.events.map(\.id)).union(legIDs).union(stayIDs)
            try ParticipantRecord.filter(Column("delegationId") == d.id && planItems.contains(Column("itemID"))).deleteAll(db)
            let keptItems = Set(summary.keptEvents)
            try ParticipantRecord.filter(Column("delegationId") == d.id && !planItems.contains(Column("itemID")) && !keptItems.contains(Column("itemID"))).deleteAll(db)
            let lists = d.events.map { ($0.id, $0.participants) } + d.legs.map { ($0.id, $0.participants) } + d.stays.map { ($0.id, $0.participants) }
            for (item, members) in lists {
                for (i, m) in members.enumerated() {
                    try ParticipantRecord(delegationId: d.id, itemID: item, memberID: m, position: i).insert(db)
                }
            }

            // Places no longer referenced go.
            try db.execute(sql: """
                DELETE FROM place WHERE delegationId = ?1 AND id NOT IN (
                  SELECT placeID FROM event WHERE delegationId = ?1 AND placeID IS NOT NULL
                  UNION SELECT fromID FROM leg WHERE delegationId = ?1 UNION SELECT toID FROM leg WHERE delegationId = ?1
                  UNION SELECT placeID FROM stay WHERE delegationId = ?1
                  UNION SELECT homeID FROM delegation WHERE id = ?1)
                  AND id NOT IN (\(d.places.map { _ in "?" }.joined(separator: ",").ifEmpty("''")))
                """, arguments: StatementArguments([d.id] + d.places.map(\.id)))

            // Reflections are the official's prose in the plan: replace them.
            try ReflectionRecord.filter(Column("delegationId") == d.id).deleteAll(db)
            for (i, r) in d.reflections.enumerated() {
                try ReflectionRecord(delegationId: d.id, position: i, theme: r.theme, text: r.text).insert(db)
            }

            // Press: upsert by id, keep the stored ones the file does not list.
            let storedPress = Set(try String.fetchAll(db, sql: "SELECT id FROM pressItem WHERE delegationId = ?", arguments: [d.id]))
            let planPress = Set(d.press.map(\.id))
            try db.execute(sql: "UPDATE pressItem SET position = position + 1000000 WHERE delegationId = ?", arguments: [d.id])
            for (i, p) in d.press.enumerated() {
                if !storedPress.contains(p.id) { summary.pressAdded += 1 }
                try PressRecord(p, position: i, delegation: d.id).upsert(db)
            }
            let keptPress = try String.fetchAll(db, sql: "SELECT id FROM pressItem WHERE delegationId = ? AND position >= 1000000 ORDER BY position", arguments: [d.id])
            for (i, id) in keptPress.enumerated() where !planPress.contains(id) {
                try db.execute(sql: "UPDATE pressItem SET position = ? WHERE delegationId = ? AND id = ?", arguments: [d.press.count + i, d.id, id])
            }

            try noteChange(db, delegation: d.id)
            summary.members = d.members.count
            summary.events = d.events.count
            summary.legs = d.legs.count
            summary.stays = d.stays.count
            return summary
        }
    }

    /// True when anything is logged against the event: notes, photos, outcomes, follow-ups,
    /// people met, or a clipping that reports on it.
    func hasLoggedMaterial(_ db: Database, delegation: String, event: String) throws -> Bool {
        let logged = try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM note WHERE delegationId = ?1 AND eventID = ?2)
                 + (SELECT COUNT(*) FROM photo WHERE delegationId = ?1 AND eventID = ?2)
                 + (SELECT COUNT(*) FROM outcome WHERE delegationId = ?1 AND eventID = ?2)
                 + (SELECT COUNT(*) FROM followUp WHERE delegationId = ?1 AND eventID = ?2)
                 + (SELECT COUNT(*) FROM pressItem WHERE delegationId = ?1 AND eventID = ?2)
            """, arguments: [delegation, event]) ?? 0
        let people = try String.fetchOne(db, sql: "SELECT counterparts FROM event WHERE delegationId = ? AND id = ?", arguments: [delegation, event])
        let met = try StoredJSON.decode([Counterpart].self, people) ?? []
        return logged > 0 || !met.isEmpty
    }

    /// The plan's people met, then those stored (logged on the web) that the plan does not list:
    /// a plan exported before someone logged a person met must not erase them.
    private func mergedCounterparts(_ db: Database, event e: Event, delegation: String) throws -> [Counterpart] {
        let json = try String.fetchOne(db, sql: "SELECT counterparts FROM event WHERE delegationId = ? AND id = ?", arguments: [delegation, e.id])
        let stored = try StoredJSON.decode([Counterpart].self, json) ?? []
        return e.counterparts + stored.filter { !e.counterparts.contains($0) }
    }

    /// Adds the event's notes, photos, outcomes and follow-ups that are not stored yet.
    private func mergeLogged(_ db: Database, event e: Event, delegation: String, photoFiles: [String: StoredFile], now: Date) throws -> (notes: Int, photos: Int) {
        let key: [any DatabaseValueConvertible] = [delegation, e.id]
        let notes = Set(try String.fetchAll(db, sql: "SELECT text FROM note WHERE delegationId = ? AND eventID = ?", arguments: StatementArguments(key)))
        var added = (notes: 0, photos: 0)
        for n in e.notes where !notes.contains(n.text) {
            var r = NoteRecord(id: nil, delegationId: delegation, eventID: e.id, text: n.text, author: n.author,
                               createdAt: n.createdAt, updatedAt: nil, revision: 1)
            try r.insert(db)
            added.notes += 1
        }
        let photos = try PhotoRecord.filter(Column("delegationId") == delegation && Column("eventID") == e.id).fetchAll(db)
        for p in e.photos {
            let stored = p.file.flatMap { photoFiles[$0] }
            let file = stored?.path ?? p.file
            let exists = photos.contains { existing in
                if let sha = stored?.sha256, existing.sha256 == sha { return true }
                if let file, existing.file == file { return true }
                return file == nil && existing.file == nil && existing.caption == p.caption
            }
            guard !exists else { continue }
            var r = PhotoRecord(id: nil, delegationId: delegation, eventID: e.id, file: file, sha256: stored?.sha256,
                                caption: p.caption, takenAt: p.takenAt, createdAt: now)
            try r.insert(db)
            added.photos += 1
        }
        let outcomes = Set(try String.fetchAll(db, sql: "SELECT text FROM outcome WHERE delegationId = ? AND eventID = ?", arguments: StatementArguments(key)))
        for o in e.outcomes where !outcomes.contains(o.text) {
            var r = OutcomeRecord(id: nil, delegationId: delegation, eventID: e.id, text: o.text, date: o.date?.iso)
            try r.insert(db)
        }
        let tasks = Set(try String.fetchAll(db, sql: "SELECT task FROM followUp WHERE delegationId = ? AND eventID = ?", arguments: StatementArguments(key)))
        for f in e.followUps where !tasks.contains(f.task) {
            var r = FollowUpRecord(id: nil, delegationId: delegation, eventID: e.id, task: f.task, owner: f.owner,
                                   due: f.due?.iso, status: f.status.rawValue)
            try r.insert(db)
        }
        return added
    }
}

extension ImportSummary {
    mutating func notesAdd(_ added: (notes: Int, photos: Int)) {
        notesAdded += added.notes
        photosAdded += added.photos
    }
}

extension String {
    func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}

/// A file copied into the data folder: its path there and its content hash.
public struct StoredFile: Hashable, Sendable {
    /// Path relative to the data folder.
    public var path: String
    /// SHA-256 of the content, hex.
    public var sha256: String

    /// Creates the description.
    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
