import Foundation
import GRDB

extension TripDatabase {
    /// The notes of an event with revisions and earlier texts, oldest first.
    public func notes(delegation: String, event: String) throws -> [StoredNote] {
        try read(notesBody(delegation: delegation, event: event))
    }

    /// `notes` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func notes(delegation: String, event: String) async throws -> [StoredNote] {
        try await read(notesBody(delegation: delegation, event: event))
    }

    /// The read of `notes`.
    private func notesBody(delegation: String, event: String) -> @Sendable (Database) throws -> [StoredNote] {
        { db in
            let previous =
                try NoteRevisionRecord
                .joining(required: NoteRevisionRecord.note.filter(delegation: delegation, event: event))
                .order(NoteRevisionRecord.Columns.noteId, NoteRevisionRecord.Columns.revision)
                .fetchAll(db)
            var earlier: [Int64: [String]] = [:]
            for revision in previous { earlier[revision.noteId, default: []].append(revision.text) }
            return try NoteRecord.all().filter(delegation: delegation, event: event)
                .order(NoteRecord.Columns.id).fetchAll(db).compactMap { n in
                    guard let id = n.id else { return nil }
                    return StoredNote(
                        id: id,
                        text: n.text,
                        author: n.author,
                        createdAt: n.createdAt,
                        updatedAt: n.updatedAt,
                        revision: n.revision,
                        previous: earlier[id] ?? []
                    )
                }
        }
    }

    /// Replaces a note's text when it is still at `revision`, keeping the previous text as a
    /// revision; otherwise throws `NoteConflict` with the note as it now is.
    @discardableResult
    public func editNote(id: Int64, delegation: String, event: String, revision: Int, text: String, now: Date = Date()) throws -> StoredNote {
        try write(editNoteBody(id: id, delegation: delegation, event: event, revision: revision, text: text, now: now))
    }

    /// `editNote` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func editNote(
        id: Int64,
        delegation: String,
        event: String,
        revision: Int,
        text: String,
        now: Date = Date(),
        actor: String? = nil
    ) async throws -> StoredNote {
        try await write(editNoteBody(id: id, delegation: delegation, event: event, revision: revision, text: text, now: now, actor: actor))
    }

    /// The transaction of `editNote`.
    private func editNoteBody(
        id: Int64,
        delegation: String,
        event: String,
        revision: Int,
        text: String,
        now: Date,
        actor: String? = nil
    ) -> @Sendable (Database) throws -> StoredNote {
        { db in
            guard var note = try NoteRecord.fetchOne(db, key: id), note.delegationId == delegation, note.eventId == event else {
                throw StoreError.noSuchEvent("note \(id)", delegation: delegation, suggestions: [])
            }
            let earlier = try NoteRevisionRecord.all().filter { $0.noteId == id }.order(NoteRevisionRecord.Columns.revision)
                .select(NoteRevisionRecord.Columns.text, as: String.self).fetchAll(db)
            guard note.revision == revision else {
                let current = StoredNote(
                    id: id,
                    text: note.text,
                    author: note.author,
                    createdAt: note.createdAt,
                    updatedAt: note.updatedAt,
                    revision: note.revision,
                    previous: earlier
                )
                throw NoteConflict(current: current, attempted: text)
            }
            let before = try snapshot(db, .note(id), delegation: delegation)
            var replacedRevision = NoteRevisionRecord(id: nil, noteId: id, revision: note.revision, text: note.text, replacedAt: now)
            try replacedRevision.insert(db)
            let replaced = note.text
            note.text = text
            note.revision += 1
            note.updatedAt = now
            try note.update(db)
            // The history keeps the note as it was, so this edit can be undone like any correction.
            if let before { try recordChange(db, .note(id), delegation: delegation, before: before, actor: actor, now: now) }
            try noteChange(db, delegation: delegation)
            return StoredNote(
                id: id,
                text: text,
                author: note.author,
                createdAt: note.createdAt,
                updatedAt: now,
                revision: note.revision,
                previous: earlier + [replaced]
            )
        }
    }
}
