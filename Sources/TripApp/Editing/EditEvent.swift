import TripModel
import TripStore

/// Saves an event's own values from the event form: changes only that event (kind, title, host,
/// place, times), in one transaction, and only when it still holds the values the form was
/// opened with; otherwise `eventConflict` carries both and nothing is saved. The values are read
/// as the same keys of a plan file.
public struct EditEvent: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The form's values, as typed.
    public struct Values: Sendable, Hashable {
        /// 名稱.
        public var title: String
        /// 類型, by code or name.
        public var kind: String
        /// `YYYY-MM-DD`.
        public var date: String
        /// `HH:MM`, or a part of the day (下午), local time at the place.
        public var start: String
        /// `HH:MM`, or a date (and time) for an event over several days.
        public var end: String
        /// A place id of the delegation; blank keeps the event's zone.
        public var place: String
        /// 接待單位.
        public var host: String

        /// Values as typed.
        public init(title: String, kind: String, date: String, start: String, end: String, place: String, host: String) {
            self.title = title
            self.kind = kind
            self.date = date
            self.start = start
            self.end = end
            self.place = place
            self.host = host
        }
    }

    /// The edit.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// The revision the form was opened with (`EditRevision.of(event:)`).
        public var revision: String
        /// The values.
        public var values: Values

        /// An edit of an event.
        public init(_ target: EventTarget, revision: String, values: Values) {
            self.target = target
            self.revision = revision
            self.values = values
        }
    }

    /// Saves the values; returns false when they are those the form was opened with (nothing
    /// to write, nothing to conflict with).
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Bool {
        try Access.requireOrganiser(context.requester, on: input.target.trip)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.target.trip, in: database, prefix: input.target.prefix)
            let e = try context.event(input.target.event, in: d)
            let v = input.values
            var values = [
                PlanValue("id", e.id), PlanValue("kind", v.kind), PlanValue("title", v.title), PlanValue("date", v.date),
                PlanValue("start", v.start), PlanValue("end", v.end), PlanValue("host", v.host),
            ]
            // No place chosen: the event keeps the zone it has.
            if v.place.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                values.append(PlanValue("tz", e.start.zone.identifier))
            } else {
                values.append(PlanValue("place", v.place))
            }
            let edit = EventEdit(try context.reader.readEvent(values, in: d))
            if EditRevision.of(event: edit) == input.revision { return false }
            try await database.editEvent(delegation: d.id, event: e.id, revision: input.revision, to: edit)
            context.cache?.invalidate()
            return true
        }
    }
}
