import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Adds a person met to an event (appended; the counterparts list is one column, so the
    /// read-modify-write runs in one transaction and concurrent additions are never lost).
    public func addCounterpart(_ person: Counterpart, delegation: String, event: String) throws {
        try write(addCounterpartBody(person, delegation: delegation, event: event))
    }

    /// `addCounterpart` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func addCounterpart(_ person: Counterpart, delegation: String, event: String) async throws {
        try await write(addCounterpartBody(person, delegation: delegation, event: event))
    }

    /// The transaction of `addCounterpart`.
    private func addCounterpartBody(_ person: Counterpart, delegation: String, event: String) -> @Sendable (Database) throws -> Void {
        { db in
            try requireEvent(db, delegation: delegation, event: event)
            let json = try String.fetchOne(db, sql: "SELECT counterparts FROM event WHERE delegationId = ? AND id = ?",
                                           arguments: [delegation, event])
            var list = try StoredJSON.decode([Counterpart].self, json) ?? []
            list.append(person)
            try db.execute(sql: "UPDATE event SET counterparts = ? WHERE delegationId = ? AND id = ?",
                           arguments: [StoredJSON.encode(list), delegation, event])
            try noteChange(db, delegation: delegation)
        }
    }

    /// Adds an outcome to an event; returns its id (allocated by the database).
    @discardableResult
    public func addOutcome(_ outcome: Outcome, delegation: String, event: String) throws -> Int64 {
        try write(addOutcomeBody(outcome, delegation: delegation, event: event))
    }

    /// `addOutcome` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func addOutcome(_ outcome: Outcome, delegation: String, event: String) async throws -> Int64 {
        try await write(addOutcomeBody(outcome, delegation: delegation, event: event))
    }

    /// The transaction of `addOutcome`.
    private func addOutcomeBody(_ outcome: Outcome, delegation: String, event: String) -> @Sendable (Database) throws -> Int64 {
        { db in
            try requireEvent(db, delegation: delegation, event: event)
            try db.execute(sql: "INSERT INTO outcome (delegationId, eventID, text, date) VALUES (?, ?, ?, ?)",
                           arguments: [delegation, event, outcome.text, outcome.date?.iso])
            let id = db.lastInsertedRowID
            try noteChange(db, delegation: delegation)
            return id
        }
    }

    /// Adds a follow-up task to an event; returns its id (allocated by the database).
    @discardableResult
    public func addFollowUp(_ task: FollowUp, delegation: String, event: String) throws -> Int64 {
        try write(addFollowUpBody(task, delegation: delegation, event: event))
    }

    /// `addFollowUp` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func addFollowUp(_ task: FollowUp, delegation: String, event: String) async throws -> Int64 {
        try await write(addFollowUpBody(task, delegation: delegation, event: event))
    }

    /// The transaction of `addFollowUp`.
    private func addFollowUpBody(_ task: FollowUp, delegation: String, event: String) -> @Sendable (Database) throws -> Int64 {
        { db in
            try requireEvent(db, delegation: delegation, event: event)
            try db.execute(sql: "INSERT INTO followUp (delegationId, eventID, task, owner, due, status) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [delegation, event, task.task, task.owner, task.due?.iso, task.status.rawValue])
            let id = db.lastInsertedRowID
            try noteChange(db, delegation: delegation)
            return id
        }
    }
}
