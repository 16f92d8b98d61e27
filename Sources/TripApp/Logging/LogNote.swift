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
        /// When a phone logged it, ISO 8601 with offset (`DeviceTime`; the web's offline queue
        /// sends it later); used when `at` is not given.
        public var deviceTime: String?

        /// A note on an event.
        public init(_ target: EventTarget, text: String, author: String? = nil, at: String? = nil, deviceTime: String? = nil) {
            self.target = target
            self.text = text
            self.author = author
            self.at = at
            self.deviceTime = deviceTime
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
            if context.requester != .commandLine, input.author == nil, input.at == nil, input.deviceTime == nil {
                let note = try reader.readNote([PlanValue("text", input.text)], zone: .taipei, in: nil)
                let database = try context.database(.existing)
                var author: String?
                var delegation: Delegation?
                if !Access.mayEdit(context.requester, on: input.target.trip) {
                    // Through the one door that also hides delegations a member is not on, or an
                    // organiser or viewer is not granted (404). Those who edit it skip the load.
                    let d = try await context.delegation(input.target.trip, in: database)
                    try Access.requireLog(context.requester, on: d)
                    author = webAuthor(of: d)
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
            // Every refused value is told at once: the text's problems and the time's.
            var problems: [FieldProblem] = []
            var read: Note?
            var taken: Date?
            do { read = try reader.readNote(values, zone: e.start.zone, in: d) } catch let p as FieldProblems { problems += p.problems }
            do {
                taken = try DeviceTime.instant(input.deviceTime, key: "taken", trip: d, now: context.now())
            } catch let p as FieldProblems { problems += p.problems }
            guard let note = read, problems.isEmpty else { throw FieldProblems(problems) }
            // A device's time comes from the web, where the writer is the requester, as on the hot path.
            let author = note.author ?? (input.deviceTime == nil ? nil : webAuthor(of: d))
            let at = note.createdAt ?? taken ?? context.now()
            let id = try await database.addNote(
                delegation: d.id,
                event: e.id,
                text: note.text,
                author: author,
                at: at,
                // What the offline queue sends may come twice (the first answer lost on the way).
                once: taken != nil
            )
            context.cache?.invalidate()
            let warning = d.loggingWarning(
                note: Note(id: id, text: note.text, author: author, createdAt: at),
                on: e
            )
            return Output(id: id, eventTitle: e.title, warning: warning)
        }
    }

    /// The writer the web records: a member's id on the delegation, else the user's name.
    private func webAuthor(of d: Delegation) -> String? {
        guard context.requester != .commandLine else { return nil }
        if context.requester.role == .member { return context.requester.signedIn.flatMap { Access.memberID(of: $0, in: d) } }
        return context.requester.signedIn?.name
    }
}
