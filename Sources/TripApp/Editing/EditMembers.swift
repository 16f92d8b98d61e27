import TripModel
import TripStore

/// Saves the members form: each row saves only when changed, all rows in one transaction, each
/// only when still at the revision the form showed; a new row is added (an empty id gets one).
/// Values are read as a plan's `members:` entry; a blank name is refused like a missing name.
public struct EditMembers: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The form's fields of a member, in the order the form shows them.
    public static let fields = ["id", "name", "title", "unit", "rank", "email", "role"]

    /// One row of the form.
    public struct Row: Sendable, Hashable {
        /// The revision the row was shown with; empty for the row of a new member.
        public var revision: String
        /// The values as typed, by field (`fields`).
        public var values: [String: String]

        /// A row as posted.
        public init(revision: String, values: [String: String]) {
            self.revision = revision
            self.values = values
        }

        /// True for a stored member's row.
        public var existing: Bool { !revision.isEmpty }

        /// True for the empty row left for a new member (nothing typed but the role).
        public var isBlankNew: Bool {
            !existing && EditMembers.fields.filter { $0 != "role" }.allSatisfy { values[$0]?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }
        }
    }

    /// Why a row was not saved.
    public enum RowRefusal: Sendable, Equatable {
        /// Its values, by field.
        case values(FieldProblems)
        /// The member it shows was removed after the form was opened.
        case removed(StoreError)
    }

    /// The rows of the form.
    public struct Input: Sendable {
        /// The delegation.
        public var trip: String
        /// The rows, in order.
        public var rows: [Row]

        /// A posted members form.
        public init(trip: String, rows: [Row]) {
            self.trip = trip
            self.rows = rows
        }
    }

    /// Saves the rows; returns the ids of the members added. Refused rows (by index) save
    /// nothing; so does a conflict.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> [String] {
        try Access.requireOrganiser(context.requester, on: input.trip)
        let database: TripDatabase
        let d: Delegation
        (database, d) = try await attempt {
            let database = try context.database(.existing)
            return (database, try await context.delegation(input.trip, in: database))
        }
        var edits: [MemberEdit] = []
        var added: [Member] = []
        var refused: [Int: RowRefusal] = [:]
        let reader = context.reader
        for (i, row) in input.rows.enumerated() where !row.isBlankNew {
            let givenID = row.values["id"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if row.existing, d.member(givenID) == nil {
                refused[i] = .removed(.noSuchMember(givenID, delegation: d.id))
                continue
            }
            // A new member without an id gets one from the store; the reader still checks the rest.
            let readID = givenID.isEmpty ? "new-member" : givenID
            let values = EditMembers.fields.map { PlanValue($0, $0 == "id" ? readID : row.values[$0] ?? "") }
            do {
                var m = try reader.readMember(values, in: d)
                if row.existing {
                    if EditRevision.of(member: m) != row.revision { edits.append(MemberEdit(id: givenID, revision: row.revision, member: m)) }
                } else {
                    if !givenID.isEmpty, d.member(givenID) != nil {
                        throw FieldProblems([FieldProblem(key: "id", kind: .plan(.duplicateID(kind: "member", id: givenID, firstLine: 0)))])
                    }
                    m.id = givenID
                    added.append(m)
                }
            } catch let problems as FieldProblems {
                refused[i] = .values(problems)
            } catch {
                throw AppError(error)
            }
        }
        if !refused.isEmpty { throw .refusedRows(refused) }
        let (trip, changed, new) = (d.id, edits, added)
        return try await attempt {
            let ids = try await database.saveMembers(delegation: trip, edits: changed, added: new)
            context.cache?.invalidate()
            return ids
        }
    }
}
