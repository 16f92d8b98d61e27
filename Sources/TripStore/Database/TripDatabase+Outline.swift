import GRDB
import TripModel

extension TripDatabase {
    /// A report kind's stored outline and its revision.
    public func outline(delegation: String, kind: String) async throws -> StoredOutline {
        try await read { db in
            try self.requireDelegation(db, delegation)
            return try TripDatabase.storedOutline(db, delegation: delegation, kind: kind)
        }
    }

    /// Makes one change to a report kind's outline — the stored one, else `drafted` (the
    /// sections the kind drafts without one) — in one transaction: the revision is checked
    /// (nil: the current one, for the command line), the change made, the outline written with
    /// the next revision and the delegation's change stamp raised. A stale revision throws
    /// `OutlineProblem.changedMeanwhile` and writes nothing.
    @discardableResult
    public func changeOutline(
        delegation: String,
        kind: String,
        revision: Int?,
        drafted: ReportOutline,
        change: OutlineChange
    ) async throws -> StoredOutline {
        try await write { db in
            try self.requireDelegation(db, delegation)
            let stored = try TripDatabase.storedOutline(db, delegation: delegation, kind: kind)
            if let revision, revision != stored.revision { throw OutlineProblem.changedMeanwhile(currentRevision: stored.revision) }
            let changed = try (stored.outline ?? drafted).applying(change)
            let position =
                try OutlineRecord.all().filter(delegation: delegation)
                .filter(OutlineRecord.Columns.kind == kind).select(OutlineRecord.Columns.position, as: Int.self).fetchOne(db)
                ?? (try OutlineRecord.all().filter(delegation: delegation).fetchCount(db))
            let record = OutlineRecord(
                delegationId: delegation,
                kind: kind,
                position: position,
                outline: StoredJSON.encode(changed),
                revision: stored.revision + 1
            )
            try record.upsert(db)
            try self.noteChange(db, delegation: delegation)
            return StoredOutline(outline: changed, revision: record.revision)
        }
    }

    static func storedOutline(_ db: Database, delegation: String, kind: String) throws -> StoredOutline {
        guard let row = try OutlineRecord.all().filter(delegation: delegation).filter(OutlineRecord.Columns.kind == kind).fetchOne(db) else {
            return StoredOutline(outline: nil, revision: 0)
        }
        return StoredOutline(
            outline: try StoredJSON.decode(ReportOutline.self, row.outline, column: "reportOutline.outline"),
            revision: row.revision
        )
    }
}
