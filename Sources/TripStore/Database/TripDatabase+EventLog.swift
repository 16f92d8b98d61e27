import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Adds a person met to an event (appended; the counterparts list is one column, so the
    /// read-modify-write runs in one transaction and concurrent additions are never lost).
    public func addCounterpart(_ person: Counterpart, delegation: String, event: String) throws {
        try write { db in
            guard let json = try String.fetchOne(db, sql: "SELECT counterparts FROM event WHERE delegationId = ? AND id = ?",
                                                 arguments: [delegation, event]) else {
                throw StoreError.noSuchEvent(event, delegation: delegation, suggestions: [])
            }
            var list = try StoredJSON.decode([Counterpart].self, json) ?? []
            list.append(person)
            try db.execute(sql: "UPDATE event SET counterparts = ? WHERE delegationId = ? AND id = ?",
                           arguments: [StoredJSON.encode(list), delegation, event])
        }
    }

    /// Adds an outcome to an event.
    public func addOutcome(_ outcome: Outcome, delegation: String, event: String) throws {
        try write { db in
            try requireEventRow(db, delegation: delegation, event: event)
            try db.execute(sql: "INSERT INTO outcome (delegationId, eventID, text, date) VALUES (?, ?, ?, ?)",
                           arguments: [delegation, event, outcome.text, outcome.date?.iso])
        }
    }

    /// Adds a follow-up task to an event.
    public func addFollowUp(_ task: FollowUp, delegation: String, event: String) throws {
        try write { db in
            try requireEventRow(db, delegation: delegation, event: event)
            try db.execute(sql: "INSERT INTO followUp (delegationId, eventID, task, owner, due, status) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [delegation, event, task.task, task.owner, task.due?.iso, task.status.rawValue])
        }
    }

    /// Sets a photo's caption.
    public func captionPhoto(id: Int64, delegation: String, caption: String?) throws {
        try write { db in
            try db.execute(sql: "UPDATE photo SET caption = ? WHERE id = ? AND delegationId = ?", arguments: [caption, id, delegation])
        }
    }

    private func requireEventRow(_ db: Database, delegation: String, event: String) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM event WHERE delegationId = ? AND id = ?", arguments: [delegation, event]) != nil else {
            throw StoreError.noSuchEvent(event, delegation: delegation, suggestions: [])
        }
    }
}
