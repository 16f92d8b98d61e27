import GRDB

// Written by `SchemaCheck.source(of: SchemaCheck.migrated())`; SchemaCheckTests prints it anew
// when a migration changes the schema. Do not edit by hand.
extension SchemaCheck {
    /// The tables the migrations make: columns, primary key and unique indexes.
    static let expectedTables: [String: Table] = [
        "accessGrant": Table(
            columns: ["delegationId", "grantedAt", "role", "userId"],
            primaryKey: ["userId", "delegationId"],
            uniqueIndexes: [["userId", "delegationId"]]
        ),
        "calendarToken": Table(
            columns: ["createdAt", "delegationId", "memberId", "tokenHash"],
            primaryKey: ["tokenHash"],
            uniqueIndexes: [["tokenHash"]]
        ),
        "delegation": Table(
            columns: [
                "agency", "category", "changeCount", "checks", "companions", "contactId", "council", "countries", "endDate", "headcount", "homeId",
                "id", "keywords", "planName", "purpose", "reportDate", "startDate", "status", "subjects", "suggestions", "summary", "title",
                "updatedAt",
            ],
            primaryKey: ["id"],
            uniqueIndexes: [["id"]]
        ),
        "event": Table(
            columns: [
                "area", "counterparts", "delegationId", "endAt", "endDate", "host", "hostType", "id", "kind", "liaison", "phone", "placeId",
                "position", "remark", "sequence", "startAt", "startDate", "startPart", "themes", "title", "zone",
            ],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "followUp": Table(
            columns: ["delegationId", "due", "eventId", "id", "owner", "status", "task"],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "leg": Table(
            columns: [
                "arriveAt", "arriveDate", "arrivePart", "arriveZone", "booking", "carrier", "delegationId", "departAt", "departBy", "departDate",
                "departPart", "departZone", "fromId", "id", "kind", "mode", "number", "position", "remark", "sequence", "toId",
            ],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "logChange": Table(
            columns: [
                "action", "actor", "after", "at", "before", "delegationId", "eventId", "id", "itemKey", "kind", "toEventId", "undoes", "undoneBy",
            ],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "member": Table(
            columns: ["delegationId", "email", "id", "name", "phone", "position", "rank", "role", "title", "unit"],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "note": Table(
            columns: ["author", "createdAt", "delegationId", "eventId", "id", "revision", "text", "updatedAt"],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "noteRevision": Table(
            columns: ["id", "noteId", "replacedAt", "revision", "text"],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "outcome": Table(
            columns: ["date", "delegationId", "eventId", "id", "text"],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "participant": Table(
            columns: ["delegationId", "itemId", "memberId", "position"],
            primaryKey: ["delegationId", "itemId", "memberId"],
            uniqueIndexes: [["delegationId", "itemId", "memberId"]]
        ),
        "photo": Table(
            columns: ["caption", "createdAt", "delegationId", "eventId", "file", "id", "sha256", "takenAt"],
            primaryKey: ["id"],
            uniqueIndexes: []
        ),
        "place": Table(
            columns: [
                "address", "airportCode", "city", "closedDays", "country", "delegationId", "englishName", "fromGazetteer", "id", "latitude",
                "localName", "longitude", "name", "openDays", "organisation", "phone", "position", "region", "type", "zone",
            ],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "pressItem": Table(
            columns: ["date", "delegationId", "eventId", "headline", "id", "image", "language", "outlet", "position", "remark", "url"],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "reflection": Table(
            columns: ["delegationId", "position", "text", "theme"],
            primaryKey: ["delegationId", "position"],
            uniqueIndexes: [["delegationId", "position"]]
        ),
        "reportOutline": Table(
            columns: ["delegationId", "kind", "outline", "position", "revision"],
            primaryKey: ["delegationId", "kind"],
            uniqueIndexes: [["delegationId", "kind"]]
        ),
        "session": Table(
            columns: ["createdAt", "csrfSecret", "expiresAt", "tokenHash", "userId"],
            primaryKey: ["tokenHash"],
            uniqueIndexes: [["tokenHash"]]
        ),
        "signInCode": Table(
            columns: ["codeHash", "expiresAt", "usedAt", "userId"],
            primaryKey: ["codeHash"],
            uniqueIndexes: [["codeHash"]]
        ),
        "stay": Table(
            columns: ["booking", "checkIn", "checkOut", "delegationId", "id", "phone", "placeId", "position", "remark", "sequence"],
            primaryKey: ["delegationId", "id"],
            uniqueIndexes: [["delegationId", "id"]]
        ),
        "user": Table(
            columns: ["createdAt", "id", "name", "role"],
            primaryKey: ["id"],
            uniqueIndexes: [["name"]]
        ),
        "webSecret": Table(
            columns: ["name", "value"],
            primaryKey: ["name"],
            uniqueIndexes: [["name"]]
        ),
    ]
}
