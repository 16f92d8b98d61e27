import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Deletes a logged item, keeping its rows in the history so `undoChange` restores them. With
    /// `revision`, refuses (nothing deleted) when the item changed since that revision.
    @discardableResult
    public func deleteLogged(
        _ item: LoggedItem,
        delegation: String,
        revision: String? = nil,
        actor: String?,
        now: Date = Date()
    ) async throws -> LoggedChange {
        try await write { db in
            try self.correct(db, item, delegation: delegation, revision: revision, action: .delete, actor: actor, now: now) { before in
                guard case let .counterpart(event, number) = item else { return nil }
                var after = before
                var list = before.counterparts?[event] ?? []
                list.remove(at: number - 1)
                after.counterparts = [event: list]
                after.person = nil
                return after
            }
        }
    }

    /// Moves a logged item (note, photo, outcome, follow-up, person met, or the event a clipping
    /// reports on) to another event of the delegation.
    @discardableResult
    public func moveLogged(
        _ item: LoggedItem,
        delegation: String,
        to event: String,
        revision: String? = nil,
        actor: String?,
        now: Date = Date()
    ) async throws -> LoggedChange {
        try await write { db in
            try self.requireEvent(db, delegation: delegation, event: event)
            let target = try self.storedCounterparts(db, delegation: delegation, event: event)
            return try self.correct(
                db,
                item,
                delegation: delegation,
                revision: revision,
                action: .move,
                toEvent: event,
                actor: actor,
                now: now,
                widen: { before in
                    // A person met moves between two lists: the history keeps both.
                    var b = before
                    if case .counterpart = item { b.counterparts?[event] = target }
                    return b
                }
            ) { before in
                var after = before
                if before.eventID == event { throw CorrectionError.sameEvent(event) }
                after.note?.eventId = event
                after.photo?.eventId = event
                after.outcome?.eventId = event
                after.followUp?.eventId = event
                after.press?.eventId = event
                if case let .counterpart(from, number) = item {
                    if from == event { throw CorrectionError.sameEvent(event) }
                    var source = before.counterparts?[from] ?? []
                    let person = source.remove(at: number - 1)
                    after.counterparts = [from: source, event: target + [person]]
                }
                return after
            }
        }
    }

    /// Changes a logged item's values (a note's text, a photo's caption or file, an outcome, a
    /// follow-up, a person met, a clipping's fields). With `revision`, refuses when the item
    /// changed since.
    @discardableResult
    public func editLogged(
        _ item: LoggedItem,
        delegation: String,
        edit: LoggedEdit,
        revision: String? = nil,
        actor: String?,
        now: Date = Date()
    ) async throws -> LoggedChange {
        try await write { db in
            let action: LoggedAction = if case .file = edit { .file } else { .edit }
            return try self.correct(db, item, delegation: delegation, revision: revision, action: action, actor: actor, now: now) { before in
                try Self.edited(before, item: item, edit: edit, now: now)
            }
        }
    }

    /// The values after an edit.
    static func edited(_ before: LoggedSnapshot, item: LoggedItem, edit: LoggedEdit, now: Date) throws -> LoggedSnapshot {
        var after = before
        switch (edit, item) {
        case let (.note(text), .note(id)):
            guard var n = before.note else { break }
            after.noteRevisions =
                (before.noteRevisions ?? [])
                + [NoteRevisionRecord(id: nil, noteId: id, revision: n.revision, text: n.text, replacedAt: now)]
            n.text = text
            n.revision += 1
            n.updatedAt = now
            after.note = n
        case let (.caption(caption), .photo):
            after.photo?.caption = caption
        case let (.file(file), .photo):
            after.photo?.file = file.path
            after.photo?.sha256 = file.sha256
        case let (.outcome(o), .outcome):
            after.outcome?.text = o.text
            after.outcome?.date = o.date?.iso
        case let (.followUp(f), .followUp):
            after.followUp?.task = f.task
            after.followUp?.owner = f.owner
            after.followUp?.due = f.due?.iso
            after.followUp?.status = f.status
        case let (.counterpart(c), .counterpart(event, number)):
            var list = before.counterparts?[event] ?? []
            list[number - 1] = c
            after.counterparts = [event: list]
            after.person = c
        case let (.press(change), .press):
            if var p = before.press {
                change.apply(to: &p)
                after.press = p
            }
        default:
            throw CorrectionError.wrongKind(item)
        }
        return after
    }

    /// The one transaction shape of every correction: read the item, check the revision, write
    /// the new rows, record the change with both versions, raise the change counter.
    /// `widen` adds to the "before" what the change touches beyond the item (a move's target list).
    func correct(
        _ db: Database,
        _ item: LoggedItem,
        delegation: String,
        revision: String?,
        action: LoggedAction,
        toEvent: String? = nil,
        actor: String?,
        now: Date,
        widen: (LoggedSnapshot) throws -> LoggedSnapshot = { $0 },
        _ change: (LoggedSnapshot) throws -> LoggedSnapshot?
    ) throws -> LoggedChange {
        try requireDelegation(db, delegation)
        guard let found = try snapshot(db, item, delegation: delegation) else { throw CorrectionError.noSuchItem(item) }
        let before = try widen(found)
        let after = try change(before)
        if let revision, revision != before.revision {
            throw LoggedConflict(item: item, current: try before.value(), attempted: try after?.value(), revision: before.revision)
        }
        try put(db, after, for: item, delegation: delegation)
        let stored = try after.map { a -> LoggedSnapshot in
            // Read back what was written (a new earlier-text row has its id now).
            if case .counterpart = item { return a }
            var read = try snapshot(db, item, delegation: delegation) ?? a
            read.neighbour = a.neighbour
            return read
        }
        let eventID: String? = if case let .counterpart(event, _) = item { event } else { before.eventID }
        var row = LogChangeRecord(
            id: nil,
            delegationId: delegation,
            eventId: eventID,
            toEventId: toEvent,
            kind: item.kind.rawValue,
            itemKey: item.key,
            action: action.rawValue,
            before: before.json(),
            after: stored?.json(),
            actor: actor,
            at: now,
            undoneBy: nil,
            undoes: nil
        )
        try row.insert(db)
        try noteChange(db, delegation: delegation)
        return try Self.change(row)
    }

    /// Records in the history a change another named write made to an item (a note's edit form,
    /// a caption's), from the item's rows read before it, inside that write's transaction.
    func recordChange(_ db: Database, _ item: LoggedItem, delegation: String, before: LoggedSnapshot, actor: String?, now: Date) throws {
        let after = try snapshot(db, item, delegation: delegation)
        var row = LogChangeRecord(
            id: nil,
            delegationId: delegation,
            eventId: before.eventID,
            toEventId: nil,
            kind: item.kind.rawValue,
            itemKey: item.key,
            action: LoggedAction.edit.rawValue,
            before: before.json(),
            after: after?.json(),
            actor: actor,
            at: now,
            undoneBy: nil,
            undoes: nil
        )
        try row.insert(db)
    }

    /// Undoes a change: puts back the item's rows as they were before it, when the item is still
    /// as the change left it (else `LoggedConflict` with both versions, nothing changed). The undo
    /// is itself a change in the history (undoing it redoes the first).
    @discardableResult
    public func undoChange(_ id: Int64, delegation: String, actor: String?, now: Date = Date()) async throws -> LoggedChange {
        try await write { db in
            guard var original = try LogChangeRecord.fetchOne(db, key: id), original.delegationId == delegation else {
                throw CorrectionError.noSuchChange(id)
            }
            if let by = original.undoneBy { throw CorrectionError.alreadyUndone(id, by: by) }
            guard let kind = LoggedKind(rawValue: original.kind), let item = LoggedItem(kind: kind, key: original.itemKey) else {
                throw StoreError.corrupt("logChange \(id)")
            }
            let before = try LoggedSnapshot.decode(original.before)
            let after = try LoggedSnapshot.decode(original.after)
            let current: LoggedSnapshot?
            let unchanged: Bool
            if case .counterpart = item {
                var lists: [String: [Counterpart]] = [:]
                for event in (after?.counterparts ?? [:]).keys {
                    lists[event] = try storedCounterparts(db, delegation: delegation, event: event)
                }
                current = LoggedSnapshot(counterparts: lists, person: after?.person)
                unchanged = lists == (after?.counterparts ?? [:])
            } else {
                var now = try snapshot(db, item, delegation: delegation)
                if let other = after?.neighbour {
                    now?.neighbour = try PressRecord.all().filter(delegation: delegation, id: other.id).fetchOne(db)
                }
                current = now
                unchanged = current?.itemOnly.json() == after?.itemOnly.json()
            }
            guard unchanged else {
                throw LoggedConflict(
                    item: item,
                    current: try current?.value(),
                    attempted: try before?.value(),
                    revision: current?.revision ?? "-"
                )
            }
            try put(db, before, for: item, delegation: delegation)
            var restored: LoggedSnapshot? = if case .counterpart = item { before } else { try snapshot(db, item, delegation: delegation) }
            if let other = before?.neighbour {
                restored?.neighbour = try PressRecord.all().filter(delegation: delegation, id: other.id).fetchOne(db)
            }
            var row = LogChangeRecord(
                id: nil,
                delegationId: delegation,
                eventId: original.toEventId ?? original.eventId,
                toEventId: original.toEventId == nil ? nil : original.eventId,
                kind: original.kind,
                itemKey: original.itemKey,
                action: LoggedAction.undo.rawValue,
                before: current?.json(),
                after: restored?.json(),
                actor: actor,
                at: now,
                undoneBy: nil,
                undoes: id
            )
            try row.insert(db)
            original.undoneBy = row.id
            try original.update(db)
            if let redone = original.undoes {
                // Undoing an undo redoes the first change: it stands again.
                try LogChangeRecord.filter(key: redone).updateAll(db) { $0.undoneBy.set(to: nil) }
            }
            try noteChange(db, delegation: delegation)
            return try Self.change(row)
        }
    }

    /// A history row as a value.
    static func change(_ row: LogChangeRecord) throws -> LoggedChange {
        guard let id = row.id, let kind = LoggedKind(rawValue: row.kind), let item = LoggedItem(kind: kind, key: row.itemKey),
            let action = LoggedAction(rawValue: row.action)
        else { throw StoreError.corrupt("logChange \(row.id ?? 0)") }
        let before = try LoggedSnapshot.decode(row.before)
        let after = try LoggedSnapshot.decode(row.after)
        return LoggedChange(
            id: id,
            item: item,
            action: action,
            eventID: row.eventId,
            toEventID: row.toEventId,
            before: try before?.value(),
            after: try after?.value(),
            actor: row.actor,
            at: row.at,
            undoneBy: row.undoneBy,
            undoes: row.undoes
        )
    }

    /// Moves a clipping one place up (`by: -1`) or down (`by: 1`) in the report's order (it
    /// swaps places with its neighbour); undoable like every correction.
    @discardableResult
    public func reorderPress(_ id: String, delegation: String, by step: Int, actor: String?, now: Date = Date()) async throws -> LoggedChange {
        try await write { db in
            let order = try PressRecord.all().filter(delegation: delegation).orderedByPosition().fetchAll(db)
            guard let index = order.firstIndex(where: { $0.id == id }) else {
                try self.requireDelegation(db, delegation)
                throw CorrectionError.noSuchItem(.press(id))
            }
            let other = index + (step < 0 ? -1 : 1)
            guard order.indices.contains(other) else { throw CorrectionError.atEnd(id) }
            var neighbour = order[other]
            return try self.correct(
                db,
                .press(id),
                delegation: delegation,
                revision: nil,
                action: .reorder,
                actor: actor,
                now: now,
                widen: { before in
                    var b = before
                    b.neighbour = neighbour
                    return b
                }
            ) { before in
                var after = before
                // Positions may repeat after an import; swapping them must still change the order.
                let (mine, theirs) =
                    order[index].position == neighbour.position
                    ? (step < 0 ? (neighbour.position, neighbour.position + 1) : (neighbour.position + 1, neighbour.position))
                    : (neighbour.position, order[index].position)
                after.press?.position = mine
                neighbour.position = theirs
                after.neighbour = neighbour
                return after
            }
        }
    }
}
