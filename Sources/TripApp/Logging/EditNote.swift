import TripModel
import TripStore

/// Replaces a note's text when it is still at the revision the editor started from, keeping the
/// previous text; otherwise nothing is saved and `noteConflict` carries the note as it now is.
public struct EditNote: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The edit.
    public struct Input: Sendable {
        /// The event the note is on.
        public var target: EventTarget
        /// The note's id.
        public var note: Int64
        /// The revision the editor started from.
        public var revision: Int
        /// The new text (read as a plan's note `text`).
        public var text: String

        /// An edit of a note.
        public init(_ target: EventTarget, note: Int64, revision: Int, text: String) {
            self.target = target
            self.note = note
            self.revision = revision
            self.text = text
        }
    }

    /// The note as saved, with its earlier texts.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> StoredNote {
        try await attempt {
            let (database, d, e) = try await context.logTarget(input.target)
            let note = try context.reader.readNote([PlanValue("text", input.text)], zone: e.start.zone, in: d)
            let saved = try await database.editNote(
                id: input.note,
                delegation: d.id,
                event: e.id,
                revision: input.revision,
                text: note.text,
                now: context.now(),
                actor: context.actor
            )
            context.cache?.invalidate()
            return saved
        }
    }
}
