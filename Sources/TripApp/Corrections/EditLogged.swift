import TripModel
import TripStore

/// Changes the values of a logged item — a note's text, a photo's caption, an outcome, a
/// follow-up, a person met — reading them as the plan reader reads a plan's entry (the same
/// checks and messages). Only the fields given change; an empty value clears an optional field.
public struct EditLogged: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The edit.
    public struct Input: Sendable {
        /// The item.
        public var target: LoggedTarget
        /// The fields given, by their plan keys: a note's `text`; a photo's `caption`; an
        /// outcome's `text`, `date`; a follow-up's `task`, `owner`, `due`, `status`; a person
        /// met's `name`, `title`, `organisation`.
        public var fields: [String: String]
        /// The revision the user saw (nil: whatever is stored now).
        public var revision: String?

        /// An edit of an item's fields.
        public init(_ target: LoggedTarget, fields: [String: String], revision: String? = nil) {
            self.target = target
            self.fields = fields
            self.revision = revision
        }
    }

    /// Saves the edit; returns the history row (its `after` is the item as saved).
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> LoggedChange {
        try await attempt {
            let (database, d) = try await context.correctionTarget(input.target.trip, prefix: input.target.prefix)
            let item = input.target.item
            let current = try await database.loggedEntry(item, delegation: d.id)
            let given = input.fields.filter { !$0.key.isEmpty }
            if given.isEmpty { throw AppError.nothingToChange }
            let zone = current.eventID.flatMap { id in d.events.first { $0.id == id }?.start.zone } ?? d.homeZone
            func merged(_ stored: [String: String?]) -> [PlanValue] {
                stored.keys.sorted().compactMap { key in
                    let value = given[key] ?? stored[key] ?? nil
                    guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
                    return PlanValue(key, value)
                }
            }
            let unknown = Set(given.keys)
            let edit: LoggedEdit
            switch current.value {
            case let .note(n):
                try only(unknown, ["text"])
                edit = .note(try context.reader.readNote(merged(["text": n.text]), zone: zone, in: d).text)
            case let .photo(p):
                try only(unknown, ["caption"])
                edit = .caption(try context.caption(given["caption"] ?? p.caption, zone: zone, in: d))
            case let .outcome(o):
                try only(unknown, ["text", "date"])
                edit = .outcome(try context.reader.readOutcome(merged(["text": o.text, "date": o.date?.iso]), in: d))
            case let .followUp(f):
                try only(unknown, ["task", "owner", "due", "status"])
                // An owner stored before owners were member ids (free text) is kept as it is when
                // the edit does not name one: marking such a task done must not be refused.
                let keepsOwner = given["owner"] == nil
                var read = try context.reader.readFollowUp(
                    merged(["task": f.task, "owner": keepsOwner ? nil : f.owner, "due": f.due?.iso, "status": f.status.rawValue]),
                    in: d
                )
                if keepsOwner { read.owner = f.owner }
                edit = .followUp(read)
            case let .counterpart(c):
                try only(unknown, ["name", "title", "organisation"])
                edit = .counterpart(
                    try context.reader.readCounterpart(
                        merged(["name": c.name, "title": c.title, "organisation": c.organisation]),
                        in: d
                    )
                )
            case let .press(p):
                throw AppError.correction(.pressFields(p.id))
            }
            let change = try await database.editLogged(
                item,
                delegation: d.id,
                edit: edit,
                revision: input.revision,
                actor: context.actor,
                now: context.now()
            )
            context.cache?.invalidate()
            return change
        }
    }

    /// Refuses keys the item's kind does not have, as the plan reader refuses an unknown key.
    private func only(_ keys: Set<String>, _ allowed: Set<String>) throws {
        guard let key = keys.subtracting(allowed).sorted().first else { return }
        throw FieldProblems([
            FieldProblem(key: key, kind: .plan(.unknownKey(key, suggestion: NearestNames.nearest(to: key, among: allowed.sorted()).first)))
        ])
    }
}
