import Foundation
import TripModel
import TripStore

/// Adds a note to an event. Its values are read as a plan's `notes:` entry: the same checks and
/// messages, by key (`text`, `author`, `at`).
public struct LogNote: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The note.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// The note's text (paragraphs).
        public var text: String
        /// The writer's member id; nil: the requester (a signed-in member, or an organiser's
        /// user name), else nobody.
        public var author: String?
        /// When, local time at the event (`YYYY-MM-DD HH:MM`); nil: now.
        public var at: String?

        /// A note on an event.
        public init(_ target: EventTarget, text: String, author: String? = nil, at: String? = nil) {
            self.target = target
            self.text = text
            self.author = author
            self.at = at
        }
    }

    /// The note as stored.
    public struct Output: Sendable {
        /// Its id, allocated by the database.
        public var id: Int64
        /// The event's title, when the event was read (the command line's confirmation).
        public var eventTitle: String?
        /// A note by a member not among the event's participants, with the event they attend.
        public var warning: LoggingWarning? = nil
    }

    /// Stores the note. From the web (the hot path of logging), only the text is given: it is
    /// read first, an organiser's note is written without reading the delegation (the store
    /// checks that the event exists) and a member's after checking they travel with it, under
    /// their member id. Otherwise the delegation and the event are found first and every value
    /// is read against them.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Output {
        try await attempt {
            let reader = context.reader
            if context.requester != .commandLine, input.author == nil, input.at == nil {
                let note = try reader.readNote([PlanValue("text", input.text)], zone: .taipei, in: nil)
                let database = try context.database(.existing)
                var author: String?
                var delegation: Delegation?
                if context.requester.role != .organiser {
                    // Through the one door that also hides delegations a member is not on (404).
                    let d = try await context.delegation(input.target.trip, in: database)
                    try Access.requireLog(context.requester, on: d)
                    author = context.requester.signedIn.flatMap { Access.memberID(of: $0, in: d) }
                    delegation = d
                } else {
                    author = context.requester.signedIn?.name
                }
                let at = context.now()
                let id = try await database.addNote(
                    delegation: input.target.trip,
                    event: input.target.event,
                    text: note.text,
                    author: author,
                    at: at
                )
                context.cache?.invalidate()
                let warning = delegation.flatMap { d in
                    d.events.first { $0.id == input.target.event }.flatMap {
                        d.loggingWarning(note: Note(id: id, text: note.text, author: author, createdAt: at), on: $0)
                    }
                }
                return Output(id: id, eventTitle: nil, warning: warning)
            }
            let (database, d, e) = try await context.logTarget(input.target)
            let values =
                [PlanValue("text", input.text)]
                + [input.author.map { PlanValue("author", $0) }, input.at.map { PlanValue("at", $0) }].compactMap { $0 }
            let note = try reader.readNote(values, zone: e.start.zone, in: d)
            let id = try await database.addNote(
                delegation: d.id,
                event: e.id,
                text: note.text,
                author: note.author,
                at: note.createdAt ?? context.now()
            )
            context.cache?.invalidate()
            let warning = d.loggingWarning(
                note: Note(id: id, text: note.text, author: note.author, createdAt: note.createdAt ?? context.now()),
                on: e
            )
            return Output(id: id, eventTitle: e.title, warning: warning)
        }
    }
}
