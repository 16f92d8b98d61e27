import Foundation
import TripModel

/// A logged item's stored rows, as the history keeps them before and after a change (JSON in
/// `logChange.before` / `.after`): restoring a snapshot puts back exactly those rows.
struct LoggedSnapshot: Codable, Sendable {
    var note: NoteRecord?
    /// A note's earlier texts (they go with the note when it is deleted).
    var noteRevisions: [NoteRevisionRecord]?
    var photo: PhotoRecord?
    var outcome: OutcomeRecord?
    var followUp: FollowUpRecord?
    var press: PressRecord?
    /// The clipping a reorder swapped places with (its position changes too).
    var neighbour: PressRecord?
    /// People met: the whole lists of the events the change touched (one list per event).
    var counterparts: [String: [Counterpart]]?
    /// The person met the change concerns (nil after a deletion).
    var person: Counterpart?

    /// The JSON stored in the history (keys sorted, so equal rows give equal text).
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// A snapshot read back from the history; nil for NULL.
    static func decode(_ text: String?) throws -> LoggedSnapshot? {
        guard let text else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do {
            return try decoder.decode(LoggedSnapshot.self, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt("logChange snapshot")
        }
    }

    /// The item's own row(s) without the history-only parts, for comparing two versions.
    var itemOnly: LoggedSnapshot {
        var s = self
        s.noteRevisions = nil
        s.counterparts = nil
        return s
    }

    /// A token that changes whenever the item does (FNV-1a of its JSON, 8 hex digits).
    var revision: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in itemOnly.json().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(String(hash, radix: 16).suffix(8))
    }

    /// The event the item is on.
    var eventID: String? {
        note?.eventId ?? photo?.eventId ?? outcome?.eventId ?? followUp?.eventId ?? press?.eventId
    }

    /// The item's values for a history or a conflict (nil: nothing, e.g. after a deletion).
    func value() throws -> LoggedValue? {
        if let n = note { return .note(Note(id: n.id, text: n.text, author: n.author, createdAt: n.createdAt)) }
        if let p = photo { return .photo(Photo(id: p.id, file: p.file, caption: p.caption, takenAt: p.takenAt)) }
        if let o = outcome { return .outcome(Outcome(text: o.text, date: try o.date.map(dateValue))) }
        if let f = followUp { return .followUp(FollowUp(task: f.task, owner: f.owner, due: try f.due.map(dateValue), status: f.status)) }
        if let p = press { return .press(try p.model()) }
        if let person { return .counterpart(person) }
        return nil
    }
}
