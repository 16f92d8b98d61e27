import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The item as stored now, with its rows; nil when it is not there.
    func snapshot(_ db: Database, _ item: LoggedItem, delegation: String) throws -> LoggedSnapshot? {
        var s = LoggedSnapshot()
        switch item {
        case let .note(id):
            guard let n = try NoteRecord.fetchOne(db, key: id), n.delegationId == delegation else { return nil }
            s.note = n
            s.noteRevisions = try NoteRevisionRecord.all().filter { $0.noteId == id }.order(NoteRevisionRecord.Columns.id).fetchAll(db)
        case let .photo(id):
            guard let p = try PhotoRecord.fetchOne(db, key: id), p.delegationId == delegation else { return nil }
            s.photo = p
        case let .outcome(id):
            guard let o = try OutcomeRecord.fetchOne(db, key: id), o.delegationId == delegation else { return nil }
            s.outcome = o
        case let .followUp(id):
            guard let f = try FollowUpRecord.fetchOne(db, key: id), f.delegationId == delegation else { return nil }
            s.followUp = f
        case let .press(id):
            guard let p = try PressRecord.all().filter(delegation: delegation, id: id).fetchOne(db) else { return nil }
            s.press = p
        case let .counterpart(event, number):
            let list = try storedCounterparts(db, delegation: delegation, event: event)
            guard number >= 1, number <= list.count else { return nil }
            s.counterparts = [event: list]
            s.person = list[number - 1]
        }
        return s
    }

    /// Writes a snapshot's rows back (or removes the item's row when `rows` is nil): the one way
    /// a correction and an undo change stored material.
    func put(_ db: Database, _ rows: LoggedSnapshot?, for item: LoggedItem, delegation: String) throws {
        if case .counterpart = item {
            for (event, list) in rows?.counterparts ?? [:] {
                try EventRecord.all().filter(delegation: delegation, id: event)
                    .updateAll(db) { $0.counterparts.set(to: StoredJSON.encode(list)) }
            }
            return
        }
        guard let rows else {
            switch item {
            case let .note(id): _ = try NoteRecord.deleteOne(db, key: id)
            case let .photo(id): _ = try PhotoRecord.deleteOne(db, key: id)
            case let .outcome(id): _ = try OutcomeRecord.deleteOne(db, key: id)
            case let .followUp(id): _ = try FollowUpRecord.deleteOne(db, key: id)
            case let .press(id): try PressRecord.all().filter(delegation: delegation, id: id).deleteAll(db)
            case .counterpart: break
            }
            return
        }
        if var n = rows.note {
            try n.save(db)
            let keep = Set((rows.noteRevisions ?? []).compactMap(\.id))
            if let id = n.id {
                try NoteRevisionRecord.all().filter { $0.noteId == id }.filter { !keep.contains($0.id) }.deleteAll(db)
            }
            for var r in rows.noteRevisions ?? [] { try r.save(db) }
        }
        if var p = rows.photo { try p.save(db) }
        if var o = rows.outcome { try o.save(db) }
        if var f = rows.followUp { try f.save(db) }
        if let p = rows.press { try p.save(db) }
        if let n = rows.neighbour { try n.save(db) }
    }
}
