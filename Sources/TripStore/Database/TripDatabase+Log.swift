import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Adds a note to an event; returns its id (allocated by the database). With `once`, a note
    /// of the event with the same text, writer and time is that note (its id is returned and
    /// nothing is added): a post the offline queue sends again because its answer was lost.
    @discardableResult
    public func addNote(delegation: String, event: String, text: String, author: String?, at: Date = Date(), once: Bool = false) throws -> Int64 {
        try write(addNoteBody(delegation: delegation, event: event, text: text, author: author, at: at, once: once))
    }

    /// `addNote` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func addNote(
        delegation: String,
        event: String,
        text: String,
        author: String?,
        at: Date = Date(),
        once: Bool = false
    ) async throws -> Int64 {
        try await write(addNoteBody(delegation: delegation, event: event, text: text, author: author, at: at, once: once))
    }

    /// The transaction of `addNote`: the check for the same note is read in it.
    private func addNoteBody(
        delegation: String,
        event: String,
        text: String,
        author: String?,
        at: Date,
        once: Bool
    ) -> @Sendable (Database) throws -> Int64 {
        { db in
            try requireEvent(db, delegation: delegation, event: event)
            if once,
                let same = try NoteRecord.filter(
                    Column("delegationId") == delegation && Column("eventId") == event && Column("text") == text
                        && Column("author") == author && Column("createdAt") == at
                ).fetchOne(db)
            {
                return same.id ?? 0
            }
            var r = NoteRecord(
                id: nil,
                delegationId: delegation,
                eventId: event,
                text: text,
                author: author,
                createdAt: at,
                updatedAt: nil,
                revision: 1
            )
            try r.insert(db)
            try noteChange(db, delegation: delegation)
            return r.id ?? 0
        }
    }

    /// Adds a photo (already stored in the data folder) to an event; returns its id.
    @discardableResult
    public func addPhoto(delegation: String, event: String, file: StoredFile, caption: String?, takenAt: Date?, now: Date = Date()) throws -> Int64 {
        try addPhotos(delegation: delegation, event: event, [PhotoUpload(file: file, takenAt: takenAt)], caption: caption, now: now)[0]
    }

    /// Adds photos to an event in one transaction (all or none); a photo whose content the
    /// event already has is not added twice. Returns each photo's id, in order.
    public func addPhotos(delegation: String, event: String, _ photos: [PhotoUpload], caption: String?, now: Date = Date()) throws -> [Int64] {
        try write(addPhotosBody(delegation: delegation, event: event, photos, caption: caption, fill: nil, actor: nil, now: now)).map(\.id)
    }

    /// `addPhotos` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func addPhotos(delegation: String, event: String, _ photos: [PhotoUpload], caption: String?, now: Date = Date()) async throws -> [Int64] {
        try await write(addPhotosBody(delegation: delegation, event: event, photos, caption: caption, fill: nil, actor: nil, now: now)).map(\.id)
    }

    /// Adds photos to an event, or fills photo placeholders with them, in one transaction (all
    /// or none): with `fill`, the one file goes to that photo (a placeholder gets its file, a
    /// photo has its file replaced); otherwise a file whose caption is an empty placeholder's
    /// on the event fills that placeholder instead of adding a second photo. Each fill is a
    /// change in the correction history (undoable).
    /// With `placeholderOnly`, a file whose caption no placeholder has is refused (`--fill`).
    public func logPhotos(
        delegation: String,
        event: String,
        _ photos: [PhotoUpload],
        caption: String?,
        fill: Int64?,
        placeholderOnly: Bool = false,
        actor: String?,
        now: Date = Date()
    ) async throws -> [PhotoAdded] {
        try await write(
            addPhotosBody(
                delegation: delegation,
                event: event,
                photos,
                caption: caption,
                fill: fill,
                placeholderOnly: placeholderOnly,
                actor: actor,
                now: now
            )
        )
    }

    /// The transaction of `addPhotos` and `logPhotos`.
    private func addPhotosBody(
        delegation: String,
        event: String,
        _ photos: [PhotoUpload],
        caption: String?,
        fill: Int64?,
        placeholderOnly: Bool = false,
        actor: String?,
        now: Date
    ) -> @Sendable (Database) throws -> [PhotoAdded] {
        { db in
            try requireEvent(db, delegation: delegation, event: event)
            if let fill {
                guard let p = photos.first, photos.count == 1 else { throw StoreError.missingValues(["file"]) }
                let change = try correct(db, .photo(fill), delegation: delegation, revision: nil, action: .file, actor: actor, now: now) { before in
                    var after = try Self.edited(before, item: .photo(fill), edit: .file(p.file), now: now)
                    if let caption { after.photo?.caption = caption }
                    if after.photo?.takenAt == nil { after.photo?.takenAt = p.takenAt }
                    return after
                }
                return [PhotoAdded(id: fill, filled: true, change: change.id)]
            }
            var added: [PhotoAdded] = []
            for p in photos {
                if let existing = try PhotoRecord.all().filter(delegation: delegation, event: event)
                    .filter({ $0.sha256 == p.file.sha256 }).order(PhotoRecord.Columns.id).fetchOne(db),
                    let id = existing.id
                {
                    // The file is not added twice; a new caption given with it replaces the
                    // stored one (a correction, undoable), so a re-upload to fix a caption works.
                    guard let caption, caption != existing.caption else {
                        added.append(PhotoAdded(id: id, filled: false, change: nil, alreadyStored: caption == nil ? .noCaption : .sameCaption))
                        continue
                    }
                    let change = try correct(db, .photo(id), delegation: delegation, revision: nil, action: .edit, actor: actor, now: now) { before in
                        try Self.edited(before, item: .photo(id), edit: .caption(caption), now: now)
                    }
                    added.append(PhotoAdded(id: id, filled: false, change: change.id, alreadyStored: .captionUpdated))
                    continue
                }
                if let caption,
                    let placeholder = try PhotoRecord.all().filter(delegation: delegation, event: event)
                        .filter({ $0.file == nil && $0.caption == caption }).order(PhotoRecord.Columns.id)
                        .select(PhotoRecord.Columns.id, as: Int64.self).fetchOne(db)
                {
                    let change = try correct(
                        db,
                        .photo(placeholder),
                        delegation: delegation,
                        revision: nil,
                        action: .file,
                        actor: actor,
                        now: now
                    ) { before in
                        var after = try Self.edited(before, item: .photo(placeholder), edit: .file(p.file), now: now)
                        if after.photo?.takenAt == nil { after.photo?.takenAt = p.takenAt }
                        return after
                    }
                    added.append(PhotoAdded(id: placeholder, filled: true, change: change.id))
                    continue
                }
                if placeholderOnly {
                    let waiting = try PhotoRecord.all().filter(delegation: delegation, event: event).filter { $0.file == nil }
                        .select(PhotoRecord.Columns.caption, as: String?.self).fetchAll(db).compactMap { $0 }
                    throw CorrectionError.noPlaceholder(caption ?? "", event: event, nearest: NearestNames.nearest(to: caption ?? "", among: waiting))
                }
                var r = PhotoRecord(
                    id: nil,
                    delegationId: delegation,
                    eventId: event,
                    file: p.file.path,
                    sha256: p.file.sha256,
                    caption: caption,
                    takenAt: p.takenAt,
                    createdAt: now
                )
                try r.insert(db)
                added.append(PhotoAdded(id: r.id ?? 0, filled: false, change: nil))
            }
            try noteChange(db, delegation: delegation)
            return added
        }
    }

    /// Adds a clipping (when `id` is nil or not stored yet) or changes one: an edit changes only
    /// the fields `change` gives. A new clipping needs a date and an outlet; without an id it
    /// gets `press-DATE-N`, the first free one, allocated inside the transaction that stores it.
    /// Returns the id and whether it was added.
    @discardableResult
    public func logPress(delegation: String, id: String?, change: PressChange, actor: String? = nil) throws -> (id: String, added: Bool) {
        try write(logPressBody(delegation: delegation, id: id, change: change, actor: actor, revision: nil))
    }

    /// `logPress` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    /// With `revision` (a stored clipping's, from `loggedEntry`), an edit of a clipping changed
    /// since is refused (`LoggedConflict`) and nothing is saved.
    public func logPress(
        delegation: String,
        id: String?,
        change: PressChange,
        actor: String? = nil,
        revision: String? = nil
    ) async throws -> (id: String, added: Bool) {
        try await write(logPressBody(delegation: delegation, id: id, change: change, actor: actor, revision: revision))
    }

    /// The transaction of `logPress`.
    private func logPressBody(
        delegation: String,
        id: String?,
        change: PressChange,
        actor: String?,
        revision: String?
    ) -> @Sendable (Database) throws -> (id: String, added: Bool) {
        { db in
            try requireDelegation(db, delegation)
            if case let .some(.some(event)) = change.eventID { try requireEvent(db, delegation: delegation, event: event) }
            if let id, try !PressRecord.all().filter(delegation: delegation, id: id).isEmpty(db) {
                // An edit is a correction: the history keeps the clipping as it was.
                _ = try correct(db, .press(id), delegation: delegation, revision: revision, action: .edit, actor: actor, now: Date()) { before in
                    try Self.edited(before, item: .press(id), edit: .press(change), now: Date())
                }
                return (id, false)
            }
            guard let date = change.date, let outlet = change.outlet else {
                throw StoreError.missingValues([change.date == nil ? "date" : nil, change.outlet == nil ? "outlet" : nil].compactMap { $0 })
            }
            let taken = try PressRecord.all().filter(delegation: delegation).selectIds().fetchSet(db)
            let newID: String
            if let id {
                newID = id
            } else {
                var n = 1
                while taken.contains("press-\(date.iso)-\(n)") { n += 1 }
                newID = "press-\(date.iso)-\(n)"
            }
            let position = try PressRecord.all().filter(delegation: delegation).nextPosition(db, from: 0)
            var row = PressRecord(PressItem(id: newID, date: date, outlet: outlet), position: position, delegation: delegation)
            change.apply(to: &row)
            try row.insert(db)
            try noteChange(db, delegation: delegation)
            return (newID, true)
        }
    }

    /// Adds or replaces a whole press clipping by id (the plan importer's form of a clipping).
    public func savePress(_ item: PressItem, delegation: String) throws {
        try logPress(delegation: delegation, id: item.id, change: PressChange(replacingWith: item))
    }

    /// Throws `noSuchDelegation`, with the nearest ids, unless the delegation is stored.
    func requireDelegation(_ db: Database, _ delegation: String) throws {
        guard try !DelegationRecord.exists(db, key: delegation) else { return }
        let ids = try DelegationRecord.select(DelegationRecord.Columns.id, as: String.self).fetchAll(db)
        throw StoreError.noSuchDelegation(delegation, suggestions: NearestNames.nearest(to: delegation, among: ids))
    }

    /// Throws `noSuchDelegation` or `noSuchEvent`, with the nearest ids, unless the event is stored.
    func requireEvent(_ db: Database, delegation: String, event: String) throws {
        try requireDelegation(db, delegation)
        guard try EventRecord.all().filter(delegation: delegation, id: event).isEmpty(db) else { return }
        let ids = try EventRecord.all().filter(delegation: delegation).selectIds().fetchAll(db)
        throw StoreError.noSuchEvent(event, delegation: delegation, suggestions: NearestNames.nearest(to: event, among: ids))
    }
}
