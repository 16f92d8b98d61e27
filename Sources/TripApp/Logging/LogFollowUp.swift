import TripModel
import TripStore

/// Adds a follow-up task to an event, read as a plan's `follow_ups:` entry.
public struct LogFollowUp: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The task.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// What is to be done.
        public var task: String
        /// Who does it (a member id or a name; optional).
        public var owner: String
        /// By when, `YYYY-MM-DD` (optional).
        public var due: String

        /// A follow-up of an event.
        public init(_ target: EventTarget, task: String, owner: String = "", due: String = "") {
            self.target = target
            self.task = task
            self.owner = owner
            self.due = due
        }
    }

    /// Adds the task; returns its id.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Int64 {
        try await attempt {
            let (database, d, e) = try await context.logTarget(input.target)
            let task = try context.reader.readFollowUp(
                [PlanValue("task", input.task), PlanValue("owner", input.owner), PlanValue("due", input.due)],
                in: d
            )
            let id = try await database.addFollowUp(task, delegation: d.id, event: e.id)
            context.cache?.invalidate()
            return id
        }
    }
}
