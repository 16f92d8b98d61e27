import TripModel
import TripStore

/// Saves the delegation's header form (title, category, agency, home, dates, contact, status,
/// report date): read by the plan reader as the top of a plan file with the delegation's
/// members, as the new delegation form is, and stored in one transaction when the stored header
/// is still the one the form showed (`headerConflict` with both otherwise).
public struct EditHeader: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The form as stored.
    public struct Form: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// Values by plan key (`TripDatabase.headerFields`).
        public var values: [String: String]
        /// The revision the form carries.
        public var revision: String
    }

    /// The edit.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// The revision the form was opened with.
        public var revision: String
        /// Values by plan key.
        public var values: [String: String]

        /// A posted header form.
        public init(trip: String, revision: String, values: [String: String]) {
            self.trip = trip
            self.revision = revision
            self.values = values
        }
    }

    /// The stored header's form.
    public func form(trip: String) async throws(AppError) -> Form {
        try Access.requireOrganiser(context.requester, on: trip)
        return try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(trip, in: database)
            return Form(delegation: d, values: TripDatabase.headerValues(of: d), revision: TripDatabase.headerRevision(of: d))
        }
    }

    /// Reads and saves the header. Refused values come as `.refused`, marked by plan key.
    public func run(_ input: Input) async throws(AppError) {
        try Access.requireOrganiser(context.requester, on: input.trip)
        let database: TripDatabase
        let d: Delegation
        (database, d) = try await attempt {
            let database = try context.database(.existing)
            return (database, try await context.delegation(input.trip, in: database))
        }
        let header = [PlanValue("id", d.id)] + TripDatabase.headerFields.map { PlanValue($0, input.values[$0] ?? "") }
        // The members as stored, so the contact is checked against them.
        let members = d.members.map { m in
            [
                PlanValue("id", m.id), PlanValue("name", m.name), PlanValue("title", m.title), PlanValue("unit", m.unit),
                PlanValue("role", m.role.rawValue), PlanValue("rank", m.rank ?? ""), PlanValue("email", m.email ?? ""),
            ]
        }
        let read: Delegation
        do {
            read = try context.reader.readDelegation(header, members: members)
        } catch {
            throw .refused(error)
        }
        let now = context.now()
        let trip = d.id
        let revision = input.revision
        try await attempt { try await database.editHeader(read, in: trip, revision: revision, now: now) }
        context.cache?.invalidate()
    }
}
