import TripModel
import TripStore

/// Adds an outcome (an MOU signed, a visit agreed) to an event, read as a plan's `outcomes:` entry.
public struct LogOutcome: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The outcome.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// What came of it.
        public var text: String
        /// When, `YYYY-MM-DD` (optional).
        public var date: String

        /// An outcome of an event.
        public init(_ target: EventTarget, text: String, date: String = "") {
            self.target = target
            self.text = text
            self.date = date
        }
    }

    /// Adds the outcome; returns its id.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Int64 {
        try await attempt {
            let (database, d, e) = try await context.logTarget(input.target)
            let outcome = try context.reader.readOutcome([PlanValue("text", input.text), PlanValue("date", input.date)], in: d)
            let id = try await database.addOutcome(outcome, delegation: d.id, event: e.id)
            context.cache?.invalidate()
            return id
        }
    }
}
