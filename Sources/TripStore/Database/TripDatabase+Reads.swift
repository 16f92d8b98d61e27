import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// Every delegation, newest first.
    public func delegations() throws -> [DelegationSummary] {
        try read(delegationsBody())
    }

    /// `delegations` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func delegations() async throws -> [DelegationSummary] {
        try await read(delegationsBody())
    }

    /// At most `limit` delegations, newest first, after skipping `offset` of them: one page of
    /// a long list, read along the `delegationListOrder` index (migration v8), so the first page
    /// costs the same with 60,000 delegations as with 300.
    /// `among`: only the delegations with those ids (a member-role account's), nil for all.
    public func delegations(limit: Int, offset: Int, among ids: Set<String>? = nil) throws -> [DelegationSummary] {
        try read(delegationsBody(limit: limit, offset: offset, among: ids))
    }

    /// `delegations(limit:offset:among:)` for async callers: GRDB's async read.
    public func delegations(limit: Int, offset: Int, among ids: Set<String>? = nil) async throws -> [DelegationSummary] {
        try await read(delegationsBody(limit: limit, offset: offset, among: ids))
    }

    /// True when the database holds at least one delegation (whoever may see it).
    public func holdsDelegations() async throws -> Bool {
        try await read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM delegation)") ?? false }
    }

    /// The read of `delegations`: all of them, or a page of them.
    private func delegationsBody(
        limit: Int = -1,
        offset: Int = 0,
        among ids: Set<String>? = nil
    )
        -> @Sendable (Database) throws -> [DelegationSummary]
    {
        { db in
            // Counted by correlated subqueries on the (delegationId, …) keys: a join of members
            // and events would count their cross product on a corpus of large trips. SQLite
            // reads LIMIT -1 as no limit.
            var sql: SQL = """
                SELECT d.id, d.title, d.startDate, d.endDate, d.status,
                  (SELECT COUNT(*) FROM member m WHERE m.delegationId = d.id) AS members,
                  (SELECT COUNT(*) FROM event e WHERE e.delegationId = d.id) AS events
                FROM delegation d
                """
            if let ids { sql += " WHERE d.id IN \(ids.sorted())" }
            sql += " ORDER BY d.startDate DESC, d.id LIMIT \(limit < 0 ? -1 : limit) OFFSET \(max(0, offset))"
            let rows = try DelegationListRow.fetchAll(db, SQLRequest(literal: sql))
            return try rows.map { row in
                DelegationSummary(
                    id: row.id,
                    title: row.title,
                    start: try dateValue(row.startDate),
                    end: try dateValue(row.endDate),
                    status: row.status,
                    members: row.members,
                    events: row.events
                )
            }
        }
    }

    /// The delegation with an id, everything loaded; throws `noSuchDelegation` with suggestions.
    public func delegation(_ id: String) throws -> Delegation {
        try read(delegationBody(id))
    }

    /// `delegation` for async callers: GRDB's async read, so no Swift concurrency thread waits.
    public func delegation(_ id: String) async throws -> Delegation {
        try await read(delegationBody(id))
    }

    /// The read of `delegation`.
    private func delegationBody(_ id: String) -> @Sendable (Database) throws -> Delegation {
        { db in
            guard let record = try DelegationRecord.fetchOne(db, key: id) else {
                let ids = try DelegationRecord.select(DelegationRecord.Columns.id, as: String.self).fetchAll(db)
                let near = ids.filter { $0.hasPrefix(id) } + NearestNames.nearest(to: id, among: ids)
                throw StoreError.noSuchDelegation(id, suggestions: Array(NSOrderedSet(array: near).compactMap { $0 as? String }.prefix(3)))
            }
            return try load(db, record)
        }
    }

    func load(_ db: Database, _ r: DelegationRecord) throws -> Delegation {
        let id = r.id
        var participants: [String: [String]] = [:]
        for p in try ParticipantRecord.all().filter(delegation: id).order(ParticipantRecord.Columns.position).fetchAll(db) {
            participants[p.itemId, default: []].append(p.memberId)
        }
        let members = try MemberRecord.all().filter(delegation: id).orderedByPosition().fetchAll(db).map { $0.model() }
        let places = try PlaceRecord.all().filter(delegation: id).order(PlaceRecord.Columns.position, PlaceRecord.Columns.id)
            .fetchAll(db).map { try $0.model() }
        var notes: [String: [Note]] = [:]
        var photos: [String: [Photo]] = [:]
        var outcomes: [String: [Outcome]] = [:]
        var followUps: [String: [FollowUp]] = [:]
        for n in try NoteRecord.all().filter(delegation: id).order(NoteRecord.Columns.id).fetchAll(db) {
            notes[n.eventId, default: []].append(Note(id: n.id, text: n.text, author: n.author, createdAt: n.createdAt))
        }
        for p in try PhotoRecord.all().filter(delegation: id).order(PhotoRecord.Columns.id).fetchAll(db) {
            photos[p.eventId, default: []].append(Photo(id: p.id, file: p.file, caption: p.caption, takenAt: p.takenAt))
        }
        for o in try OutcomeRecord.all().filter(delegation: id).order(OutcomeRecord.Columns.id).fetchAll(db) {
            outcomes[o.eventId, default: []].append(Outcome(text: o.text, date: o.date.flatMap { LocalDate(iso: $0) }))
        }
        for f in try FollowUpRecord.all().filter(delegation: id).order(FollowUpRecord.Columns.id).fetchAll(db) {
            followUps[f.eventId, default: []].append(
                FollowUp(
                    task: f.task,
                    owner: f.owner,
                    due: f.due.flatMap { LocalDate(iso: $0) },
                    status: f.status
                )
            )
        }
        let events = try EventRecord.all().filter(delegation: id).orderedByPosition().fetchAll(db).map { e in
            var event = try e.model(participants: participants[e.id] ?? [])
            event.notes = notes[e.id] ?? []
            event.photos = photos[e.id] ?? []
            event.outcomes = outcomes[e.id] ?? []
            event.followUps = followUps[e.id] ?? []
            return event
        }
        let legs = try LegRecord.all().filter(delegation: id).orderedByPosition().fetchAll(db).map {
            try $0.model(participants: participants[$0.id] ?? [])
        }
        let stays = try StayRecord.all().filter(delegation: id).orderedByPosition().fetchAll(db).map {
            try $0.model(participants: participants[$0.id] ?? [])
        }
        let press = try PressRecord.all().filter(delegation: id).orderedByPosition().fetchAll(db).map { try $0.model() }
        let reflections = try ReflectionRecord.all().filter(delegation: id).order(ReflectionRecord.Columns.position).fetchAll(db)
            .map { Reflection(theme: $0.theme, text: $0.text) }
        let outlines = try OutlineRecord.all().filter(delegation: id).order(OutlineRecord.Columns.position).fetchAll(db)
            .compactMap { try StoredJSON.decode(ReportOutline.self, $0.outline, column: "reportOutline.outline") }
        var delegation = Delegation(
            id: id,
            title: r.title,
            category: r.category,
            agency: r.agency,
            homeID: r.homeId,
            start: try dateValue(r.startDate),
            end: try dateValue(r.endDate),
            countries: try StoredJSON.decode([String].self, r.countries, column: "delegation.countries") ?? [],
            purpose: r.purpose,
            summary: r.summary,
            reflections: reflections,
            suggestions: r.suggestions,
            reportDate: r.reportDate.flatMap { LocalDate(iso: $0) },
            contactID: r.contactId,
            keywords: try StoredJSON.decode([String].self, r.keywords, column: "delegation.keywords") ?? [],
            status: r.status,
            members: members,
            places: places,
            events: events,
            legs: legs,
            stays: stays,
            press: press,
            council: try StoredJSON.decode(StoredJSON.Council.self, r.council, column: "delegation.council")?.model,
            checks: try StoredJSON.decode(StoredJSON.Checks.self, r.checks, column: "delegation.checks")?.model ?? CheckSettings(),
            headcount: r.headcount,
            companions: try StoredJSON.decode([Companion].self, r.companions, column: "delegation.companions") ?? [],
            planName: r.planName,
            subjects: try StoredJSON.decode([String].self, r.subjects, column: "delegation.subjects") ?? []
        )
        delegation.outlines = outlines
        return delegation
    }
}
