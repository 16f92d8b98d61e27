import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The stored row of one event, read inside a transaction (no delegation load).
    func eventRow(_ db: Database, delegation: String, event: String) throws -> EventRecord? {
        try EventRecord.all().filter(delegation: delegation, id: event).fetchOne(db)
    }

    /// Saves the event form: changes only that event's own values (kind, title, host, place,
    /// times), in one transaction, when the stored values are still those the form showed
    /// (`revision`); otherwise throws `EditConflict<EventEdit>` with both and saves nothing.
    /// People met, participants, notes and photos logged meanwhile are untouched.
    public func editEvent(delegation: String, event: String, revision: String, to edit: EventEdit) throws {
        try write(editEventBody(delegation: delegation, event: event, revision: revision, to: edit))
    }

    /// `editEvent` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func editEvent(delegation: String, event: String, revision: String, to edit: EventEdit) async throws {
        try await write(editEventBody(delegation: delegation, event: event, revision: revision, to: edit))
    }

    /// The transaction of `editEvent`.
    private func editEventBody(delegation: String, event: String, revision: String, to edit: EventEdit) -> @Sendable (Database) throws -> Void {
        { db in
            guard let row = try eventRow(db, delegation: delegation, event: event) else {
                throw StoreError.noSuchEvent(event, delegation: delegation, suggestions: [])
            }
            let current = EventEdit(try row.model(participants: []))
            let stored = EditRevision.of(event: current)
            guard stored == revision else { throw EditConflict(current: current, attempted: edit, revision: stored) }
            guard current != edit else { return }
            // The form's own values only; people met, the remark and the rest stay as stored.
            var changed = row
            changed.kind = edit.kind
            changed.title = edit.title
            changed.host = edit.host
            changed.placeId = edit.placeID
            changed.zone = edit.start.zone.identifier
            changed.startDate = edit.start.date.iso
            changed.startAt = edit.start.instant
            changed.startPart = edit.start.part
            changed.endDate = edit.end?.date.iso
            changed.endAt = edit.end?.instant
            changed.sequence = row.sequence + 1
            try changed.updateChanges(db, from: row)
            try noteChange(db, delegation: delegation)
        }
    }

    /// Sets a photo's caption when it is still the one the form showed (`revision`, from
    /// `EditRevision.of(caption:)`); otherwise throws `EditConflict<String>` ("" for no caption).
    public func captionPhoto(id: Int64, delegation: String, event: String, revision: String, caption: String?) throws {
        try write(captionPhotoBody(id: id, delegation: delegation, event: event, revision: revision, caption: caption))
    }

    /// `captionPhoto` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func captionPhoto(id: Int64, delegation: String, event: String, revision: String, caption: String?, actor: String? = nil) async throws {
        try await write(captionPhotoBody(id: id, delegation: delegation, event: event, revision: revision, caption: caption, actor: actor))
    }

    /// The transaction of `captionPhoto`.
    private func captionPhotoBody(
        id: Int64,
        delegation: String,
        event: String,
        revision: String,
        caption: String?,
        actor: String? = nil
    ) -> @Sendable (Database) throws -> Void {
        { db in
            guard var photo = try PhotoRecord.all().filter(delegation: delegation, event: event).filter(key: id).fetchOne(db) else {
                throw StoreError.noSuchPhoto(id, delegation: delegation)
            }
            let current = photo.caption
            let stored = EditRevision.of(caption: current)
            guard stored == revision else {
                throw EditConflict(current: current ?? "", attempted: caption ?? "", revision: stored)
            }
            guard current != caption else { return }
            let before = try snapshot(db, .photo(id), delegation: delegation)
            photo.caption = caption
            try photo.update(db, columns: [PhotoRecord.Columns.caption])
            if let before { try recordChange(db, .photo(id), delegation: delegation, before: before, actor: actor, now: Date()) }
            try noteChange(db, delegation: delegation)
        }
    }
}
