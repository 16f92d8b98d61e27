import GRDB

extension TripDatabase {
    /// Migration "v5-column-names": one spelling of the columns that name another row. GRDB's
    /// `belongsTo` made `delegationId`, `noteId` and `userId`, while the other references were
    /// written `eventID`, `placeID`, `homeID`…; they become `eventId`, `placeId`, `homeId`, as
    /// GRDB spells them. SQLite renames each column in its table, foreign keys and indexes, and
    /// keeps every row; the indexes named after the old spelling (or after the table v3 rebuilt
    /// the leg table in) are made again under the new.
    static func migrateColumnNames(_ db: Database) throws {
        let renames: [(table: String, columns: [String])] = [
            ("delegation", ["homeID", "contactID"]),
            ("event", ["placeID"]),
            ("leg", ["fromID", "toID"]),
            ("stay", ["placeID"]),
            ("participant", ["itemID", "memberID"]),
            ("note", ["eventID"]),
            ("photo", ["eventID"]),
            ("outcome", ["eventID"]),
            ("followUp", ["eventID"]),
            ("pressItem", ["eventID"]),
            ("calendarToken", ["memberID"]),
        ]
        for (table, columns) in renames {
            try db.alter(table: table) { t in
                for column in columns { t.rename(column: column, to: String(column.dropLast(2)) + "Id") }
            }
        }
        for table in ["note", "photo", "outcome", "followUp"] {
            try db.drop(index: "\(table)_delegationId_eventID")
            try db.create(index: "\(table)_delegationId_eventId", on: table, columns: ["delegationId", "eventId"])
        }
        // v3 rebuilt the leg table under a temporary name, which its delegation index kept.
        try db.drop(index: "legNew_on_delegationId")
        try db.create(index: "leg_on_delegationId", on: "leg", columns: ["delegationId"])
    }
}
