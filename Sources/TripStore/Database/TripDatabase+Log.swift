import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Adds a note to an event; returns its id.
    @discardableResult
    public func addNote(delegation: String, event: String, text: String, author: String?, at: Date = Date()) throws -> Int64 {
        try write { db in
            try requireEvent(db, delegation: delegation, event: event)
            var r = NoteRecord(id: nil, delegationId: delegation, eventID: event, text: text, author: author,
                               createdAt: at, updatedAt: nil, revision: 1)
            try r.insert(db)
            return r.id ?? 0
        }
    }

    /// Adds a photo (already stored in the data folder) to an event; returns its id.
    @discardableResult
    public func addPhoto(delegation: String, event: String, file: StoredFile, caption: String?, takenAt: Date?, now: Date = Date()) throws -> Int64 {
        try write { db in
            try requireEvent(db, delegation: delegation, event: event)
            if let existing = try PhotoRecord.filter(Column("delegationId") == delegation && Column("eventID") == event && Column("sha256") == file.sha256).fetchOne(db) {
                return existing.id ?? 0
            }
            var r = PhotoRecord(id: nil, delegationId: delegation, eventID: event, file: file.path, sha256: file.sha256,
                                caption: caption, takenAt: takenAt, createdAt: now)
            try r.insert(db)
            return r.id ?? 0
        }
    }

    /// Adds or replaces a press clipping by id.
    public func savePress(_ item: PressItem, delegation: String) throws {
        try write { db in
            guard try DelegationRecord.fetchOne(db, key: delegation) != nil else {
                throw StoreError.noSuchDelegation(delegation, suggestions: [])
            }
            if let event = item.eventID { try requireEvent(db, delegation: delegation, event: event) }
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM pressItem WHERE delegationId = ?", arguments: [delegation]) ?? 0
            let existing = try Int.fetchOne(db, sql: "SELECT position FROM pressItem WHERE delegationId = ? AND id = ?", arguments: [delegation, item.id])
            try PressRecord(item, position: existing ?? position, delegation: delegation).upsert(db)
        }
    }

    private func requireEvent(_ db: Database, delegation: String, event: String) throws {
        guard try DelegationRecord.fetchOne(db, key: delegation) != nil else {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM delegation")
            throw StoreError.noSuchDelegation(delegation, suggestions: NearestNames.nearest(to: delegation, among: ids))
        }
        let ids = try String.fetchAll(db, sql: "SELECT id FROM event WHERE delegationId = ?", arguments: [delegation])
        guard ids.contains(event) else {
            throw StoreError.noSuchEvent(event, delegation: delegation, suggestions: NearestNames.nearest(to: event, among: ids))
        }
    }
}
