import GRDB

extension TripDatabase {
    /// Migration "v3-details": what real plans need to say (issue 12) — a headcount and companions,
    /// phone numbers, a host's type and liaison, remarks, places' regions and opening days, parts
    /// of the day, legs of unknown mode and departures known only to a range of dates.
    static func migrateDetails(_ db: Database) throws {
        let bodyTypes = BodyTypeCodes.all
        let dayParts = DayPartCodes.all
        try db.alter(table: "delegation") { t in
            t.add(column: "headcount", .integer).check { $0 == nil || $0 >= 1 }
            t.add(column: "companions", .text)
            t.add(column: "planName", .text)
            t.add(column: "subjects", .text)
        }
        try db.alter(table: "member") { t in
            t.add(column: "phone", .text)
        }
        try db.alter(table: "place") { t in
            t.add(column: "region", .text)
            t.add(column: "type", .text).check { $0 == nil || bodyTypes.contains($0) }
            t.add(column: "openDays", .text)
            t.add(column: "closedDays", .text)
            t.add(column: "phone", .text)
        }
        try db.alter(table: "event") { t in
            t.add(column: "startPart", .text).check { $0 == nil || dayParts.contains($0) }
            t.add(column: "hostType", .text).check { $0 == nil || bodyTypes.contains($0) }
            t.add(column: "liaison", .text)
            t.add(column: "phone", .text)
            t.add(column: "remark", .text)
            t.add(column: "area", .text)
        }
        try db.alter(table: "stay") { t in
            t.add(column: "phone", .text)
            t.add(column: "remark", .text)
        }
        // The leg table's CHECK on mode cannot be altered in SQLite: rebuild the table with
        // `unknown` allowed, keeping every row (foreign keys are checked when the migration ends).
        try db.create(table: "legNew") { t in
            t.belongsTo("delegation", onDelete: .cascade).notNull()
            t.column("id", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("mode", .text).notNull()
                .check { ["flight", "rail", "bus", "car", "ship", "walk", "unknown"].contains($0) }
            t.column("carrier", .text)
            t.column("number", .text)
            t.column("fromID", .text).notNull()
            t.column("toID", .text).notNull()
            t.column("departDate", .text).notNull()
            t.column("departAt", .datetime)
            t.column("departZone", .text).notNull()
            t.column("arriveDate", .text)
            t.column("arriveAt", .datetime)
            t.column("arriveZone", .text).notNull()
            t.column("booking", .text)
            t.column("kind", .text)
            t.column("remark", .text)
            t.column("sequence", .integer).notNull().defaults(to: 0)
            t.column("departBy", .text).check { $0 == nil || $0 >= Column("departDate") }
            t.column("departPart", .text).check { $0 == nil || dayParts.contains($0) }
            t.column("arrivePart", .text).check { $0 == nil || dayParts.contains($0) }
            t.primaryKey(["delegationId", "id"])
            t.foreignKey(["delegationId", "fromID"], references: "place", columns: ["delegationId", "id"])
            t.foreignKey(["delegationId", "toID"], references: "place", columns: ["delegationId", "id"])
        }
        let columns =
            "delegationId, id, position, mode, carrier, number, fromID, toID, departDate, departAt, departZone, "
            + "arriveDate, arriveAt, arriveZone, booking, kind, remark, sequence"
        try db.execute(sql: "INSERT INTO legNew (\(columns)) SELECT \(columns) FROM leg")
        try db.drop(table: "leg")
        try db.rename(table: "legNew", to: "leg")
        try db.create(index: "leg_delegationId_departDate", on: "leg", columns: ["delegationId", "departDate"])
    }
}

/// The stored codes of `BodyType`, for the schema's CHECK (the enum is TripModel's).
enum BodyTypeCodes {
    static let all = ["government", "school", "company", "association", "venue"]
}

/// The stored codes of `DayPart`, for the schema's CHECK.
enum DayPartCodes {
    static let all = ["morning", "noon", "afternoon", "evening", "night"]
}
