import GRDB
import TripModel

/// What the corrections of one event say a re-imported plan must not bring back: the values
/// items had before they were deleted, moved away or edited (a deletion's tombstone, an edit's
/// replaced text). A plan file exported before a correction still carries those values; the
/// correction, being newer, wins.
struct CorrectedMaterial {
    var noteTexts: Set<String> = []
    var photoCaptions: Set<String> = []
    var photoFiles: Set<String> = []
    var outcomes: Set<String> = []
    var tasks: Set<String> = []
    var people: [Counterpart] = []

    /// The corrections standing (not undone) on an event, and the earlier texts of its notes.
    static func read(_ db: Database, delegation: String, event: String) throws -> CorrectedMaterial {
        var m = CorrectedMaterial()
        let rows = try LogChangeRecord.all()
            .filter { $0.delegationId == delegation && $0.eventId == event && $0.undoneBy == nil }
            .fetchAll(db)
        for row in rows where row.action != LoggedAction.undo.rawValue {
            guard let before = try LoggedSnapshot.decode(row.before) else { continue }
            let after = try LoggedSnapshot.decode(row.after)
            let gone = row.action == LoggedAction.delete.rawValue || row.action == LoggedAction.move.rawValue
            if let n = before.note, gone || after?.note?.text != n.text { m.noteTexts.insert(n.text) }
            if let p = before.photo {
                if let caption = p.caption, gone || after?.photo?.caption != caption { m.photoCaptions.insert(caption) }
                if gone { m.photoFiles.formUnion([p.file, p.sha256].compactMap { $0 }) }
            }
            if let o = before.outcome, gone || after?.outcome?.text != o.text { m.outcomes.insert(o.text) }
            if let f = before.followUp, gone || after?.followUp?.task != f.task { m.tasks.insert(f.task) }
            if let person = before.person, gone || after?.person != person { m.people.append(person) }
        }
        let notes = try NoteRecord.all().filter(delegation: delegation, event: event).select(NoteRecord.Columns.id, as: Int64.self).fetchAll(db)
        m.noteTexts.formUnion(
            try NoteRevisionRecord.all().filter { notes.contains($0.noteId) }
                .select(NoteRevisionRecord.Columns.text, as: String.self).fetchAll(db)
        )
        return m
    }
}
