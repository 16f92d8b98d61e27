import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Saves the members form in one transaction: only the rows in `edits` change (each when
    /// still at the revision the form showed) and `added` are appended (an empty id gets the
    /// first free `mN`; a taken id is refused). Returns the ids of the added members. Any
    /// conflict saves nothing and throws `MemberConflicts`.
    @discardableResult
    public func saveMembers(delegation: String, edits: [MemberEdit], added: [Member]) throws -> [String] {
        try write(saveMembersBody(delegation: delegation, edits: edits, added: added))
    }

    /// `saveMembers` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    @discardableResult
    public func saveMembers(delegation: String, edits: [MemberEdit], added: [Member]) async throws -> [String] {
        try await write(saveMembersBody(delegation: delegation, edits: edits, added: added))
    }

    /// The transaction of `saveMembers`.
    private func saveMembersBody(delegation: String, edits: [MemberEdit], added: [Member]) -> @Sendable (Database) throws -> [String] {
        { db in
            guard try DelegationRecord.exists(db, key: delegation) else {
                throw StoreError.noSuchDelegation(delegation, suggestions: [])
            }
            var conflicts = MemberConflicts(changed: [], removed: [])
            for edit in edits {
                guard let row = try memberRow(db, delegation: delegation, id: edit.id) else {
                    conflicts.removed.append(edit.id)
                    continue
                }
                let current = row.model()
                let stored = EditRevision.of(member: current)
                if stored != edit.revision {
                    var attempted = edit.member
                    attempted.order = current.order
                    conflicts.changed.append(EditConflict(current: current, attempted: attempted, revision: stored))
                }
            }
            guard conflicts.changed.isEmpty && conflicts.removed.isEmpty else { throw conflicts }
            for edit in edits {
                let m = edit.member
                // The form's own fields only: position and phone stay as stored.
                try MemberRecord.all().filter(delegation: delegation, id: edit.id).updateAll(db) {
                    [
                        $0.unit.set(to: m.unit), $0.title.set(to: m.title), $0.name.set(to: m.name),
                        $0.rank.set(to: m.rank), $0.email.set(to: m.email), $0.role.set(to: m.role),
                    ]
                }
            }
            var ids: [String] = []
            for m in added {
                let position = max(try MemberRecord.all().filter(delegation: delegation).nextPosition(db, from: 1), 1)
                let id = m.id.isEmpty ? try freeMemberID(db, delegation: delegation) : m.id
                if try memberRow(db, delegation: delegation, id: id) != nil { throw StoreError.idTaken(kind: "member", id: id) }
                var record = MemberRecord(m, delegation: delegation)
                record.id = id
                record.position = position
                try record.insert(db)
                ids.append(id)
            }
            if !edits.isEmpty || !added.isEmpty { try noteChange(db, delegation: delegation) }
            return ids
        }
    }

    /// What removing a member would break, or nil when they may go: being the delegation's
    /// contact, or the only participant of an item (which would silently become everyone's).
    public func memberRemovalProblem(delegation: String, id: String) throws -> StoreError? {
        try read { db in try removalProblem(db, delegation: delegation, id: id) }
    }

    /// `memberRemovalProblem` for async callers: GRDB's async read.
    public func memberRemovalProblem(delegation: String, id: String) async throws -> StoreError? {
        try await read { db in try removalProblem(db, delegation: delegation, id: id) }
    }

    /// Removes a member who is still at the revision the confirmation page showed, in one
    /// transaction, with their places in participant lists; refused (`memberInUse`) while the
    /// plan needs them. Remaining members keep their order, renumbered from 1.
    public func removeMember(delegation: String, id: String, revision: String) throws {
        try write(removeMemberBody(delegation: delegation, id: id, revision: revision))
    }

    /// `removeMember` for async callers: GRDB's async write, so no Swift concurrency thread waits.
    public func removeMember(delegation: String, id: String, revision: String) async throws {
        try await write(removeMemberBody(delegation: delegation, id: id, revision: revision))
    }

    /// The transaction of `removeMember`.
    private func removeMemberBody(delegation: String, id: String, revision: String) -> @Sendable (Database) throws -> Void {
        { db in
            guard let row = try memberRow(db, delegation: delegation, id: id) else {
                throw StoreError.noSuchMember(id, delegation: delegation)
            }
            let current = row.model()
            let stored = EditRevision.of(member: current)
            guard stored == revision else { throw EditConflict(current: current, attempted: current, revision: stored) }
            if let problem = try removalProblem(db, delegation: delegation, id: id) { throw problem }
            try MemberRecord.all().filter(delegation: delegation, id: id).deleteAll(db)
            let rest = try MemberRecord.all().filter(delegation: delegation).orderedByPosition().selectIds().fetchAll(db)
            for (i, other) in rest.enumerated() {
                try MemberRecord.all().filter(delegation: delegation, id: other).updateAll(db) { $0.position.set(to: i + 1) }
            }
            try noteChange(db, delegation: delegation)
        }
    }

    private func memberRow(_ db: Database, delegation: String, id: String) throws -> MemberRecord? {
        try MemberRecord.all().filter(delegation: delegation, id: id).fetchOne(db)
    }

    private func freeMemberID(_ db: Database, delegation: String) throws -> String {
        let taken = try MemberRecord.all().filter(delegation: delegation).selectIds().fetchSet(db)
        var n = taken.count + 1
        while taken.contains("m\(n)") { n += 1 }
        return "m\(n)"
    }

    private func removalProblem(_ db: Database, delegation: String, id: String) throws -> StoreError? {
        guard let row = try memberRow(db, delegation: delegation, id: id) else { return nil }
        let contact = try DelegationRecord.fetchOne(db, key: delegation)?.contactId == id
        // Items whose every participant is this member: without them they would be everyone's.
        let lists = Dictionary(grouping: try ParticipantRecord.all().filter(delegation: delegation).fetchAll(db), by: \.itemId)
        let alone = lists.filter { $0.value.allSatisfy { $0.memberId == id } }.keys.sorted()
        guard contact || !alone.isEmpty else { return nil }
        return .memberInUse(id: id, name: row.name, contact: contact, onlyParticipantOf: alone)
    }
}
