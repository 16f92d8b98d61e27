import GRDB
import TripModel

extension TripDatabase {
    /// A page of follow-ups: open ones first, each group by due date (undated last), then by
    /// delegation and the order they were logged. `among` limits them to some delegations (one
    /// delegation's board, or those a member may see); nil reads all.
    public func followUpBoard(among ids: Set<String>?, limit: Int, offset: Int) async throws -> [FollowUpBoardRow] {
        try await read { db in
            var sql: SQL = """
                SELECT f.*, d.title AS delegationTitle,
                  (SELECT e.title FROM event e WHERE e.delegationId = f.delegationId AND e.id = f.eventId) AS eventTitle,
                  (SELECT m.name FROM member m WHERE m.delegationId = f.delegationId AND m.id = f.owner) AS ownerName,
                  (SELECT p.zone FROM place p WHERE p.delegationId = d.id AND p.id = d.homeId) AS homeZone
                FROM followUp f JOIN delegation d ON d.id = f.delegationId
                """
            if let ids { sql += " WHERE f.delegationId IN \(ids.sorted())" }
            sql += """
                 ORDER BY CASE f.status WHEN 'open' THEN 0 ELSE 1 END, f.due IS NULL, f.due, f.delegationId, f.id
                 LIMIT \(max(0, limit)) OFFSET \(max(0, offset))
                """
            return try FollowUpBoardRecord.fetchAll(db, SQLRequest(literal: sql)).compactMap { r in
                guard let id = r.followUp.id else { return nil }
                return FollowUpBoardRow(
                    id: id,
                    delegationID: r.followUp.delegationId,
                    delegationTitle: r.delegationTitle,
                    eventID: r.followUp.eventId,
                    eventTitle: r.eventTitle,
                    task: r.followUp.task,
                    owner: r.followUp.owner,
                    ownerName: r.ownerName,
                    due: try r.followUp.due.map(dateValue),
                    status: r.followUp.status,
                    homeZone: r.homeZone.flatMap { Zone($0) } ?? .taipei,
                    revision: LoggedSnapshot(followUp: r.followUp).revision
                )
            }
        }
    }
}
