import TripModel
import TripStore

/// A stored delegation written back as a plan file (the import format, with everything logged).
public struct ExportPlan: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation.
    public typealias Input = ReadDelegation.Input

    /// The plan file's text and the delegation's id (for a file name).
    public struct Output: Sendable {
        /// The delegation's id.
        public var id: String
        /// The YAML text.
        public var text: String
    }

    /// The plan file.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(input)
        let gazetteer = context.gazetteer
        return try await attempt { Output(id: d.id, text: try PlanWriter(gazetteer: gazetteer).write(d)) }
    }
}
