import TripModel
import TripStore

/// Starts a delegation from a form instead of a plan file: its header and its first member,
/// read by the plan reader as the top of a plan file (`PlanReader.readDelegation`) and stored
/// as an import of that file would be, in one transaction that checks the id (or gives one).
public struct CreateDelegation: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The header fields a form shows, in its order (plan keys).
    public static let headerFields = ["title", "category", "agency", "home", "start", "end", "purpose", "status", "report_date", "id"]
    /// The first member's fields (plan keys of a `members:` entry).
    public static let memberFields = ["name", "title", "unit", "rank", "email", "id"]

    /// The form's values.
    public struct Input: Sendable {
        /// Header values by plan key (`title`, `start`…); an empty `id` has one given.
        public var header: [String: String]
        /// The first member's values by plan key; they become the leader and the contact.
        public var leader: [String: String]

        /// A new delegation's form.
        public init(header: [String: String], leader: [String: String]) {
            self.header = header
            self.leader = leader
        }
    }

    /// Reads and stores the delegation; returns its id. Refused values come as `.refused`
    /// with keys as the reader marks them (`members.0.name` for the leader's).
    public func run(_ input: Input) async throws(AppError) -> String {
        try Access.requireOrganiser(context.requester)
        let givenID = (input.header["id"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let start = (input.header["start"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // Without an id the reader reads a stem (`trip-2026-03-10`) that the store makes unique.
        let readID = givenID.isEmpty ? "trip-" + (LocalDate(iso: start)?.iso ?? "new") : givenID
        var header = CreateDelegation.headerFields.map { PlanValue($0, $0 == "id" ? readID : input.header[$0] ?? "") }
        var leader = CreateDelegation.memberFields.map { PlanValue($0, input.leader[$0] ?? "") }
        leader.append(PlanValue("role", "leader"))
        let leaderID = (input.leader["id"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if leaderID.isEmpty { leader = leader.map { $0.key == "id" ? PlanValue("id", "m1") : $0 } }
        header.append(PlanValue("contact", leaderID.isEmpty ? "m1" : leaderID))
        let d: Delegation
        do {
            d = try context.reader.readDelegation(header, members: [leader])
        } catch {
            throw .refused(error)
        }
        let database = try await attempt { try context.database(.create) }
        let now = context.now()
        let summary = try await attempt {
            try await database.createDelegation(d, allocateID: givenID.isEmpty, now: now, organiser: context.grantedCreator)
        }
        context.cache?.invalidate()
        return summary.delegationID
    }
}
