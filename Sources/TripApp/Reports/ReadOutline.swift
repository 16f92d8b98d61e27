import Foundation
import TripModel
import TripReport

/// A report kind's outline as the controls show it: the stored one, else the sections the kind
/// drafts, with the revision a change must name.
public struct ReadOutline: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which report.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The kind's id.
        public var kind: String

        /// An outline to read.
        public init(trip: String, kind: String = "trip") {
            self.trip = trip
            self.kind = kind
        }
    }

    /// The outline.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The kind.
        public var kind: ReportKinds.Kind
        /// The outline (stored, or as drafted).
        public var outline: ReportOutline
        /// False while the report is drafted as its kind says.
        public var stored: Bool
        /// The revision a change must name.
        public var revision: Int
    }

    /// Reads it.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let kind = try await ReportKinds(context).validate(input.kind)
        return try await attempt {
            let database = try context.database(.readOnly)
            let d = try await context.delegation(input.trip, in: database)
            let stored = try await database.outline(delegation: d.id, kind: kind.id)
            return Output(
                delegation: d,
                kind: kind,
                outline: stored.outline ?? ReportGenerator.outline(of: d, kind: kind.id),
                stored: stored.outline != nil,
                revision: stored.revision
            )
        }
    }
}
