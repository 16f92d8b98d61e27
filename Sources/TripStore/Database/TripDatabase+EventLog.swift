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
            let list = try storedCounterparts(db, delegation: delegation, event: event) + [person]
            try EventRecord.all().filter(delegation: delegation, id: event)
                .updateAll(db) { $0.counterparts.set(to: StoredJSON.encode(list)) }
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
            var row = OutcomeRecord(id: nil, delegationId: delegation, eventId: event, text: outcome.text, date: outcome.date?.iso)
            try row.insert(db)
            try noteChange(db, delegation: delegation)
            return row.id ?? db.lastInsertedRowID
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
            var row = FollowUpRecord(
                id: nil,
                delegationId: delegation,
                eventId: event,
                task: task.task,
                owner: task.owner,
                due: task.due?.iso,
                status: task.status
            )
            try row.insert(db)
            try noteChange(db, delegation: delegation)
            return row.id ?? db.lastInsertedRowID
        }
    }
}
