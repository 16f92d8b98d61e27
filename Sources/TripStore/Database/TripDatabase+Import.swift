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
    /// `organiser`: the id of the organiser account importing it (the web), who is granted a new
    /// delegation in the same transaction and may write over an existing one only with an
    /// organiser's grant of it (`noSuchDelegation` without suggestions or `mayNotEdit` else);
    /// nil for an administrator or the command line.
    public func importPlan(
        _ d: Delegation,
        photoFiles: [String: StoredFile] = [:],
        now: Date = Date(),
        organiser: Int64? = nil
    ) async throws -> ImportSummary {
        let body = importPlanBody(d, photoFiles: photoFiles, now: now)
        return try await write { db in
            // Checked before writing over an existing delegation; a new one's grant follows its row.
            let created = try DelegationRecord.fetchOne(db, key: d.id) == nil
            if !created { try Self.grantCreator(db, userID: organiser, delegation: d.id, created: false, now: now) }
            let summary = try body(db)
            if created { try Self.grantCreator(db, userID: organiser, delegation: d.id, created: true, now: now) }
            return summary
        }
    }

    /// The transaction of `importPlan`.
    func importPlanBody(_ d: Delegation, photoFiles: [String: StoredFile], now: Date) -> @Sendable (Database) throws -> ImportSummary {
        { db in
            let created = try DelegationRecord.fetchOne(db, key: d.id) == nil
            var summary = ImportSummary(delegationID: d.id, created: created)
            try DelegationRecord(d, now: now).upsert(db)

            // Members: replace the set (participants of removed members go with them).
            let memberIDs = Set(d.members.map(\.id))
            try MemberRecord.all().filter(delegation: d.id, notIn: memberIDs).deleteAll(db)
            for m in d.members { try MemberRecord(m, delegation: d.id).upsert(db) }

            // Places first: items refer to them.
            for (i, p) in d.places.enumerated() { try PlaceRecord(p, position: i, delegation: d.id).upsert(db) }

            // Events: keep those with logged material even when the plan dropped them.
            let planEvents = Set(d.events.map(\.id))
            let stored = try EventRecord.all().filter(delegation: d.id).selectIds().fetchAll(db)
            for id in stored where !planEvents.contains(id) {
                if try hasLoggedMaterial(db, delegation: d.id, event: id) {
                    summary.keptEvents.append(id)
                } else {
                    try OutcomeRecord.all().filter(delegation: d.id, event: id).deleteAll(db)
                    try FollowUpRecord.all().filter(delegation: d.id, event: id).deleteAll(db)
                    try EventRecord.all().filter(delegation: d.id, id: id).deleteAll(db)
                    summary.removedItems.append(id)
                }
            }
            // Stored events move out of the way of the plan's positions, kept ones after them.
            let keptOffset = d.events.count
            try EventRecord.all().filter(delegation: d.id).updateAll(db) { $0.position += keptOffset + 1_000_000 }
            for (i, e) in d.events.enumerated() {
                var record = EventRecord(e, position: i, delegation: d.id)
                record.counterparts = StoredJSON.encode(try mergedCounterparts(db, event: e, delegation: d.id))
                try sequenced(record, in: db, participants: e.participants).upsert(db)
                summary.notesAdd(try mergeLogged(db, event: e, delegation: d.id, photoFiles: photoFiles, now: now))
            }
            // Renumber kept events after the plan's.
            let kept = try EventRecord.all().filter(delegation: d.id).filter { $0.position >= 1_000_000 }.orderedByPosition().selectIds().fetchAll(db)
            for (i, id) in kept.enumerated() {
                try EventRecord.all().filter(delegation: d.id, id: id).updateAll(db) { $0.position.set(to: keptOffset + i) }
            }

            // Legs and stays belong to the plan: replace them.
            let legIDs = Set(d.legs.map(\.id))
            let stayIDs = Set(d.stays.map(\.id))
            summary.removedItems += try LegRecord.all().filter(delegation: d.id, notIn: legIDs).selectIds().fetchAll(db)
            try LegRecord.all().filter(delegation: d.id, notIn: legIDs).deleteAll(db)
            try StayRecord.all().filter(delegation: d.id, notIn: stayIDs).deleteAll(db)
            for (i, l) in d.legs.enumerated() {
                try sequenced(LegRecord(l, position: i, delegation: d.id), in: db, participants: l.participants).upsert(db)
            }
            for (i, s) in d.stays.enumerated() {
                try sequenced(StayRecord(s, position: i, delegation: d.id), in: db, participants: s.participants).upsert(db)
            }

            // Participants of every item, from the plan.
            let planItems = Set(d.events.map(\.id)).union(legIDs).union(stayIDs)
            try ParticipantRecord.all().filter(delegation: d.id).filter { planItems.contains($0.itemId) }.deleteAll(db)
            let keptItems = Set(summary.keptEvents)
            try ParticipantRecord.all().filter(delegation: d.id)
                .filter { !planItems.contains($0.itemId) && !keptItems.contains($0.itemId) }.deleteAll(db)
            let lists = d.events.map { ($0.id, $0.participants) } + d.legs.map { ($0.id, $0.participants) } + d.stays.map { ($0.id, $0.participants) }
            for (item, members) in lists {
                for (i, m) in members.enumerated() {
                    try ParticipantRecord(delegationId: d.id, itemId: item, memberId: m, position: i).insert(db)
                }
            }

            // Places no longer referenced go: those the plan lists, and those a stored item
            // (a kept event) or the delegation's home still names, stay.
            var usedPlaces = Set(d.places.map(\.id))
            usedPlaces.formUnion(
                try EventRecord.all().filter(delegation: d.id)
                    .select(EventRecord.Columns.placeId, as: String?.self).fetchAll(db).compactMap { $0 }
            )
            for leg in try LegRecord.all().filter(delegation: d.id).fetchAll(db) { usedPlaces.formUnion([leg.fromId, leg.toId]) }
            usedPlaces.formUnion(try StayRecord.all().filter(delegation: d.id).select(StayRecord.Columns.placeId, as: String.self).fetchAll(db))
            usedPlaces.insert(d.homeID)
            try PlaceRecord.all().filter(delegation: d.id, notIn: usedPlaces).deleteAll(db)

            // Reflections are the official's prose in the plan: replace them.
            try ReflectionRecord.all().filter(delegation: d.id).deleteAll(db)
            for (i, r) in d.reflections.enumerated() {
                try ReflectionRecord(delegationId: d.id, position: i, theme: r.theme, text: r.text).insert(db)
            }

            // Outlines are the plan's shape of its reports: replace them. Each kind's revision
            // still rises, so a page opened on the outline before the import cannot save over it.
            let revisions = Dictionary(
                try OutlineRecord.all().filter(delegation: d.id).fetchAll(db).map { ($0.kind, $0.revision) },
                uniquingKeysWith: max
            )
            try OutlineRecord.all().filter(delegation: d.id).deleteAll(db)
            for (i, o) in d.outlines.enumerated() {
                try OutlineRecord(
                    delegationId: d.id,
                    kind: o.kind,
                    position: i,
                    outline: StoredJSON.encode(o),
                    revision: (revisions[o.kind] ?? 0) + 1
                ).insert(db)
            }

            // Press: upsert by id, keep the stored ones the file does not list.
            let storedPress = try PressRecord.all().filter(delegation: d.id).selectIds().fetchSet(db)
            let planPress = Set(d.press.map(\.id))
            try PressRecord.all().filter(delegation: d.id).updateAll(db) { $0.position += 1_000_000 }
            let correctedPress = try correctedPressIDs(db, delegation: d.id)
            for (i, p) in d.press.enumerated() {
                // A clipping deleted or edited since the plan's copy keeps its correction.
                if let deleted = correctedPress[p.id] {
                    if !deleted, var row = try PressRecord.all().filter(delegation: d.id, id: p.id).fetchOne(db) {
                        if (try? row.model()) != p { summary.correctionsKept.append(p.id) }
                        row.position = i
                        try row.update(db)
                    }
                    continue
                }
                if !storedPress.contains(p.id) { summary.pressAdded += 1 }
                try PressRecord(p, position: i, delegation: d.id).upsert(db)
            }
            let keptPress = try PressRecord.all().filter(delegation: d.id).filter { $0.position >= 1_000_000 }.orderedByPosition().selectIds()
                .fetchAll(db)
            for (i, id) in keptPress.enumerated() where !planPress.contains(id) {
                try PressRecord.all().filter(delegation: d.id, id: id).updateAll(db) { $0.position.set(to: d.press.count + i) }
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
        let logged =
            try !NoteRecord.all().filter(delegation: delegation, event: event).isEmpty(db)
            || !PhotoRecord.all().filter(delegation: delegation, event: event).isEmpty(db)
            || !OutcomeRecord.all().filter(delegation: delegation, event: event).isEmpty(db)
            || !FollowUpRecord.all().filter(delegation: delegation, event: event).isEmpty(db)
            || !PressRecord.all().filter(delegation: delegation).filter { $0.eventId == event }.isEmpty(db)
        return try logged || !storedCounterparts(db, delegation: delegation, event: event).isEmpty
    }

    /// The clippings with standing corrections: id → true when deleted, false when edited.
    private func correctedPressIDs(_ db: Database, delegation: String) throws -> [String: Bool] {
        var ids: [String: Bool] = [:]
        let rows = try LogChangeRecord.all()
            .filter { $0.delegationId == delegation && $0.kind == LoggedKind.press.rawValue && $0.undoneBy == nil }
            .order(LogChangeRecord.Columns.id).fetchAll(db)
        for row in rows where row.action != LoggedAction.undo.rawValue {
            ids[row.itemKey] = row.action == LoggedAction.delete.rawValue
        }
        return ids
    }

    /// The people met stored with an event (empty for none, or for no such event).
    func storedCounterparts(_ db: Database, delegation: String, event: String) throws -> [Counterpart] {
        let json = try EventRecord.all().filter(delegation: delegation, id: event)
            .select(EventRecord.Columns.counterparts, as: String.self).fetchOne(db)
        return try StoredJSON.decode([Counterpart].self, json, column: "event.counterparts") ?? []
    }

    /// The plan's people met, then those stored (logged on the web) that the plan does not list:
    /// a plan exported before someone logged a person met must not erase them.
    private func mergedCounterparts(_ db: Database, event e: Event, delegation: String) throws -> [Counterpart] {
        let stored = try storedCounterparts(db, delegation: delegation, event: e.id)
        let corrected = try CorrectedMaterial.read(db, delegation: delegation, event: e.id).people
        let plan = e.counterparts.filter { !corrected.contains($0) || stored.contains($0) }
        return plan + stored.filter { !plan.contains($0) }
    }

    /// Adds the event's notes, photos, outcomes and follow-ups that are not stored yet.
    private func mergeLogged(
        _ db: Database,
        event e: Event,
        delegation: String,
        photoFiles: [String: StoredFile],
        now: Date
    ) throws -> (notes: Int, photos: Int) {
        // What corrections deleted, moved away or replaced stays so (docs/reports.md, "Re-importing").
        let corrected = try CorrectedMaterial.read(db, delegation: delegation, event: e.id)
        let notes = try NoteRecord.all().filter(delegation: delegation, event: e.id).select(NoteRecord.Columns.text, as: String.self).fetchSet(db)
        var added = (notes: 0, photos: 0)
        for n in e.notes where !notes.contains(n.text) && !corrected.noteTexts.contains(n.text) {
            var r = NoteRecord(
                id: nil,
                delegationId: delegation,
                eventId: e.id,
                text: n.text,
                author: n.author,
                createdAt: n.createdAt,
                updatedAt: nil,
                revision: 1
            )
            try r.insert(db)
            added.notes += 1
        }
        let photos = try PhotoRecord.all().filter(delegation: delegation, event: e.id).fetchAll(db)
        for p in e.photos {
            let stored = p.file.flatMap { photoFiles[$0] }
            let file = stored?.path ?? p.file
            let exists = photos.contains { existing in
                if let sha = stored?.sha256, existing.sha256 == sha { return true }
                if let file, existing.file == file { return true }
                return file == nil && existing.file == nil && existing.caption == p.caption
            }
            guard !exists else { continue }
            if let file, let sha = stored?.sha256, corrected.photoFiles.contains(sha) || corrected.photoFiles.contains(file) { continue }
            if file == nil, let caption = p.caption, corrected.photoCaptions.contains(caption) { continue }
            // A file whose caption is an empty placeholder's fills it rather than adding a second photo.
            if let file, let caption = p.caption,
                var placeholder = try PhotoRecord.all().filter(delegation: delegation, event: e.id)
                    .filter({ $0.file == nil && $0.caption == caption }).order(PhotoRecord.Columns.id).fetchOne(db)
            {
                placeholder.file = file
                placeholder.sha256 = stored?.sha256
                placeholder.takenAt = placeholder.takenAt ?? p.takenAt
                try placeholder.update(db)
                added.photos += 1
                continue
            }
            var r = PhotoRecord(
                id: nil,
                delegationId: delegation,
                eventId: e.id,
                file: file,
                sha256: stored?.sha256,
                caption: p.caption,
                takenAt: p.takenAt,
                createdAt: now
            )
            try r.insert(db)
            added.photos += 1
        }
        let outcomes = try OutcomeRecord.all().filter(delegation: delegation, event: e.id).select(OutcomeRecord.Columns.text, as: String.self)
            .fetchSet(db)
        for o in e.outcomes where !outcomes.contains(o.text) && !corrected.outcomes.contains(o.text) {
            var r = OutcomeRecord(id: nil, delegationId: delegation, eventId: e.id, text: o.text, date: o.date?.iso)
            try r.insert(db)
        }
        let tasks = try FollowUpRecord.all().filter(delegation: delegation, event: e.id).select(FollowUpRecord.Columns.task, as: String.self)
            .fetchSet(db)
        for f in e.followUps where !tasks.contains(f.task) && !corrected.tasks.contains(f.task) {
            var r = FollowUpRecord(
                id: nil,
                delegationId: delegation,
                eventId: e.id,
                task: f.task,
                owner: f.owner,
                due: f.due?.iso,
                status: f.status
            )
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
