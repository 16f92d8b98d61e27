import TripModel
import TripStore

/// Adds a person met to an event (read as a plan's `counterparts:` entry).
public struct LogCounterpart: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The person met.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// Their name.
        public var name: String
        /// Their job title.
        public var title: String
        /// Their organisation.
        public var organisation: String

        /// A person met at an event.
        public init(_ target: EventTarget, name: String, title: String = "", organisation: String = "") {
            self.target = target
            self.name = name
            self.title = title
            self.organisation = organisation
        }
    }

    /// Adds the person.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Counterpart {
        try await attempt {
            let (database, d, e) = try await context.logTarget(input.target)
            let person = try context.reader.readCounterpart(
                [PlanValue("name", input.name), PlanValue("title", input.title), PlanValue("organisation", input.organisation)],
                in: d
            )
            try await database.addCounterpart(person, delegation: d.id, event: e.id)
            context.cache?.invalidate()
            return person
        }
    }
}
