import Foundation
import TripModel
import TripReport

/// One change to a report kind's outline (move up/down, merge with next, split, hide/show,
/// rename): organisers only; the store checks the revision, makes the change and writes it in
/// one transaction, so a stale page saves nothing (`OutlineProblem.changedMeanwhile`).
public struct ChangeOutline: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The change.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The kind's id.
        public var kind: String
        /// The revision the page showed; nil for the current one (the command line).
        public var revision: Int?
        /// What to change.
        public var change: OutlineChange

        /// A change to make.
        public init(trip: String, kind: String = "trip", revision: Int?, change: OutlineChange) {
            self.trip = trip
            self.kind = kind
            self.revision = revision
            self.change = change
        }
    }

    /// Makes it; returns the outline with its new revision.
    public func run(_ input: Input) async throws(AppError) -> ReadOutline.Output {
        try Access.requireOrganiser(context.requester, on: input.trip)
        let kind = try await ReportKinds(context).validate(input.kind)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip, in: database)
            let saved = try await database.changeOutline(
                delegation: d.id,
                kind: kind.id,
                revision: input.revision,
                drafted: ReportGenerator.outline(of: d, kind: kind.id),
                change: input.change
            )
            context.cache?.invalidate()
            var changed = d
            changed.outlines.removeAll { $0.kind == kind.id }
            if let outline = saved.outline { changed.outlines.append(outline) }
            return ReadOutline.Output(
                delegation: changed,
                kind: kind,
                outline: saved.outline ?? ReportGenerator.outline(of: d, kind: kind.id),
                stored: true,
                revision: saved.revision
            )
        }
    }
}
