import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The corrections of a delegation's logged material, oldest first; with `event`, those of
    /// items that were on it or moved to it.
    public func history(delegation: String, event: String? = nil) async throws -> [LoggedChange] {
        try await read { db in
            try self.requireDelegation(db, delegation)
            var request = LogChangeRecord.all().filter { $0.delegationId == delegation }
            if let event {
                try self.requireEvent(db, delegation: delegation, event: event)
                request = request.filter { $0.eventId == event || $0.toEventId == event }
            }
            return try request.order(LogChangeRecord.Columns.id).fetchAll(db).map(Self.change)
        }
    }

    /// A logged item as stored now, with the revision a correction names.
    public func loggedEntry(_ item: LoggedItem, delegation: String) async throws -> LoggedEntry {
        try await read { db in
            try self.requireDelegation(db, delegation)
            guard let s = try self.snapshot(db, item, delegation: delegation), let value = try s.value() else {
                throw CorrectionError.noSuchItem(item)
            }
            let event: String? = if case let .counterpart(e, _) = item { e } else { s.eventID }
            return LoggedEntry(item: item, value: value, eventID: event, revision: s.revision)
        }
    }
}

extension TripDatabase {
    /// Everything logged on an event (its notes, photos, outcomes, follow-ups, people met and the
    /// clippings about it), each with the id and revision a correction names.
    public func loggedEntries(delegation: String, event: String) async throws -> [LoggedEntry] {
        try await read { db in
            try self.requireEvent(db, delegation: delegation, event: event)
            var items: [LoggedItem] = []
            items += try NoteRecord.all().filter(delegation: delegation, event: event).order(NoteRecord.Columns.id)
                .select(NoteRecord.Columns.id, as: Int64.self).fetchAll(db).map { .note($0) }
            items += try PhotoRecord.all().filter(delegation: delegation, event: event).order(PhotoRecord.Columns.id)
                .select(PhotoRecord.Columns.id, as: Int64.self).fetchAll(db).map { .photo($0) }
            items += try OutcomeRecord.all().filter(delegation: delegation, event: event).order(OutcomeRecord.Columns.id)
                .select(OutcomeRecord.Columns.id, as: Int64.self).fetchAll(db).map { .outcome($0) }
            items += try FollowUpRecord.all().filter(delegation: delegation, event: event).order(FollowUpRecord.Columns.id)
                .select(FollowUpRecord.Columns.id, as: Int64.self).fetchAll(db).map { .followUp($0) }
            let people = try self.storedCounterparts(db, delegation: delegation, event: event)
            items += people.indices.map { .counterpart(event: event, number: $0 + 1) }
            items += try PressRecord.all().filter(delegation: delegation).filter { $0.eventId == event }.orderedByPosition()
                .selectIds().fetchAll(db).map { .press($0) }
            return try items.compactMap { item in
                guard let s = try self.snapshot(db, item, delegation: delegation), let value = try s.value() else { return nil }
                let on: String? = if case let .counterpart(e, _) = item { e } else { s.eventID }
                return LoggedEntry(item: item, value: value, eventID: on, revision: s.revision)
            }
        }
    }
}
