import GRDB

extension TripDatabase {
    /// The schema, as named migrations that are never edited once landed.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-delegations") { db in
            try db.create(table: "delegation") { t in
                t.primaryKey("id", .text).check { length($0) > 0 }
                t.column("title", .text).notNull()
                t.column("category", .text).notNull()
                    .check {
                        ["study", "training", "research", "internship", "inspection", "visit", "conference", "negotiation", "other"].contains($0)
                    }
                t.column("agency", .text).notNull()
                t.column("homeID", .text).notNull()
                t.column("startDate", .text).notNull()
                t.column("endDate", .text).notNull().check { $0 >= Column("startDate") }
                t.column("countries", .text).notNull()
                t.column("purpose", .text)
                t.column("summary", .text)
                t.column("suggestions", .text)
                t.column("reportDate", .text)
                t.column("contactID", .text)
                t.column("keywords", .text).notNull()
                t.column("status", .text).notNull()
                    .check { ["planning", "approved", "travelling", "returned", "filed"].contains($0) }
                t.column("council", .text)
                t.column("checks", .text)
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "member") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("unit", .text).notNull()
                t.column("title", .text).notNull()
                t.column("name", .text).notNull()
                t.column("rank", .text)
                t.column("email", .text)
                t.column("role", .text).notNull().check { ["leader", "member"].contains($0) }
                t.primaryKey(["delegationId", "id"])
            }
            try db.create(table: "place") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("localName", .text)
                t.column("englishName", .text)
                t.column("organisation", .text)
                t.column("city", .text)
                t.column("country", .text)
                t.column("address", .text)
                t.column("latitude", .double).check { $0 == nil || ($0 >= -90 && $0 <= 90) }
                t.column("longitude", .double).check { $0 == nil || ($0 >= -180 && $0 <= 180) }
                t.column("zone", .text).notNull()
                t.column("airportCode", .text)
                t.column("fromGazetteer", .boolean).notNull()
                t.primaryKey(["delegationId", "id"])
            }
            try db.create(table: "event") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("host", .text)
                t.column("counterparts", .text).notNull()
                t.column("placeID", .text)
                t.column("zone", .text).notNull()
                t.column("startDate", .text).notNull()
                t.column("startAt", .datetime)
                t.column("endDate", .text)
                t.column("endAt", .datetime)
                t.column("themes", .text).notNull()
                t.column("sequence", .integer).notNull().defaults(to: 0)
                t.primaryKey(["delegationId", "id"])
                t.foreignKey(["delegationId", "placeID"], references: "place", columns: ["delegationId", "id"])
            }
            try db.create(table: "leg") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("mode", .text).notNull().check { ["flight", "rail", "bus", "car", "ship", "walk"].contains($0) }
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
                t.primaryKey(["delegationId", "id"])
                t.foreignKey(["delegationId", "fromID"], references: "place", columns: ["delegationId", "id"])
                t.foreignKey(["delegationId", "toID"], references: "place", columns: ["delegationId", "id"])
            }
            try db.create(table: "stay") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("placeID", .text).notNull()
                t.column("checkIn", .text).notNull()
                t.column("checkOut", .text).notNull().check { $0 > Column("checkIn") }
                t.column("booking", .text)
                t.column("sequence", .integer).notNull().defaults(to: 0)
                t.primaryKey(["delegationId", "id"])
                t.foreignKey(["delegationId", "placeID"], references: "place", columns: ["delegationId", "id"])
            }
            // Who takes part in an event, leg or stay (no rows: everyone).
            try db.create(table: "participant") { t in
                t.column("delegationId", .text).notNull()
                t.column("itemID", .text).notNull()
                t.column("memberID", .text).notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["delegationId", "itemID", "memberID"])
                t.foreignKey(["delegationId", "memberID"], references: "member", columns: ["delegationId", "id"], onDelete: .cascade)
            }
            try db.create(table: "reflection") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("theme", .text)
                t.column("text", .text).notNull()
                t.primaryKey(["delegationId", "position"])
            }
            // Logged material: deleting an event with notes or photos is refused.
            try db.create(table: "note") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("delegationId", .text).notNull()
                t.column("eventID", .text).notNull()
                t.column("text", .text).notNull().check { length($0) > 0 }
                t.column("author", .text)
                t.column("createdAt", .datetime)
                t.column("updatedAt", .datetime)
                t.column("revision", .integer).notNull().defaults(to: 1)
                t.foreignKey(["delegationId", "eventID"], references: "event", columns: ["delegationId", "id"], onDelete: .restrict)
            }
            try db.create(table: "noteRevision") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("note", onDelete: .cascade).notNull()
                t.column("revision", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("replacedAt", .datetime).notNull()
            }
            try db.create(table: "photo") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("delegationId", .text).notNull()
                t.column("eventID", .text).notNull()
                t.column("file", .text)
                t.column("sha256", .text)
                t.column("caption", .text)
                t.column("takenAt", .datetime)
                t.column("createdAt", .datetime).notNull()
                t.foreignKey(["delegationId", "eventID"], references: "event", columns: ["delegationId", "id"], onDelete: .restrict)
            }
            try db.create(table: "outcome") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("delegationId", .text).notNull()
                t.column("eventID", .text).notNull()
                t.column("text", .text).notNull()
                t.column("date", .text)
                t.foreignKey(["delegationId", "eventID"], references: "event", columns: ["delegationId", "id"], onDelete: .restrict)
            }
            try db.create(table: "followUp") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("delegationId", .text).notNull()
                t.column("eventID", .text).notNull()
                t.column("task", .text).notNull()
                t.column("owner", .text)
                t.column("due", .text)
                t.column("status", .text).notNull().check { ["open", "done", "dropped"].contains($0) }
                t.foreignKey(["delegationId", "eventID"], references: "event", columns: ["delegationId", "id"], onDelete: .restrict)
            }
            try db.create(table: "pressItem") { t in
                t.belongsTo("delegation", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("date", .text).notNull()
                t.column("outlet", .text).notNull()
                t.column("headline", .text)
                t.column("url", .text)
                t.column("image", .text)
                t.column("language", .text)
                t.column("remark", .text)
                t.column("eventID", .text)
                t.primaryKey(["delegationId", "id"])
            }
            for (table, columns) in [
                ("event", ["delegationId", "startDate"]), ("leg", ["delegationId", "departDate"]),
                ("note", ["delegationId", "eventID"]), ("photo", ["delegationId", "eventID"]),
                ("outcome", ["delegationId", "eventID"]), ("followUp", ["delegationId", "eventID"]),
            ] {
                try db.create(index: "\(table)_\(columns.joined(separator: "_"))", on: table, columns: columns)
            }
        }
        migrator.registerMigration("v2-web", migrate: TripDatabase.migrateWeb)
        migrator.registerMigration("v3-details", migrate: TripDatabase.migrateDetails)
        migrator.registerMigration("v4-change-count", migrate: TripDatabase.migrateChangeCount)
        migrator.registerMigration("v5-column-names", migrate: TripDatabase.migrateColumnNames)
        migrator.registerMigration("v6-outline", migrate: TripDatabase.migrateOutline)
        migrator.registerMigration("v7-feed-links-follow-members", migrate: TripDatabase.migrateFeedLinks)
        migrator.registerMigration("v8-corrections", migrate: TripDatabase.migrateCorrections)
        migrator.registerMigration("v9-speed-list-order", migrate: TripDatabase.migrateListOrder)
        migrator.registerMigration("v10-grants", migrate: TripDatabase.migrateGrants)
        return migrator
    }
}
