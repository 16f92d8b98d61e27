-- migration v1-delegations
-- migration v2-web
-- migration v3-details
-- migration v4-change-count
-- migration v5-column-names
-- migration v6-outline
-- migration v7-feed-links-follow-members
-- migration v8-corrections
-- migration v9-speed-list-order
-- migration v10-grants
CREATE TABLE "accessGrant" ("userId" INTEGER NOT NULL REFERENCES "user"("id") ON DELETE CASCADE, "delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "role" TEXT NOT NULL CHECK ("role" IN ('organiser', 'viewer')), "grantedAt" DATETIME NOT NULL, PRIMARY KEY ("userId", "delegationId"));
CREATE TABLE "calendarToken" ("tokenHash" TEXT PRIMARY KEY NOT NULL, "delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "memberId" TEXT, "createdAt" DATETIME NOT NULL);
CREATE TABLE "delegation" ("id" TEXT PRIMARY KEY NOT NULL CHECK (LENGTH("id") > 0), "title" TEXT NOT NULL, "category" TEXT NOT NULL CHECK ("category" IN ('study', 'training', 'research', 'internship', 'inspection', 'visit', 'conference', 'negotiation', 'other')), "agency" TEXT NOT NULL, "homeId" TEXT NOT NULL, "startDate" TEXT NOT NULL, "endDate" TEXT NOT NULL CHECK ("endDate" >= "startDate"), "countries" TEXT NOT NULL, "purpose" TEXT, "summary" TEXT, "suggestions" TEXT, "reportDate" TEXT, "contactId" TEXT, "keywords" TEXT NOT NULL, "status" TEXT NOT NULL CHECK ("status" IN ('planning', 'approved', 'travelling', 'returned', 'filed')), "council" TEXT, "checks" TEXT, "updatedAt" DATETIME NOT NULL, "headcount" INTEGER CHECK (("headcount" IS NULL) OR ("headcount" >= 1)), "companions" TEXT, "planName" TEXT, "subjects" TEXT, "changeCount" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE "event" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "kind" TEXT NOT NULL, "title" TEXT NOT NULL, "host" TEXT, "counterparts" TEXT NOT NULL, "placeId" TEXT, "zone" TEXT NOT NULL, "startDate" TEXT NOT NULL, "startAt" DATETIME, "endDate" TEXT, "endAt" DATETIME, "themes" TEXT NOT NULL, "sequence" INTEGER NOT NULL DEFAULT 0, "startPart" TEXT CHECK (("startPart" IS NULL) OR ("startPart" IN ('morning', 'noon', 'afternoon', 'evening', 'night'))), "hostType" TEXT CHECK (("hostType" IS NULL) OR ("hostType" IN ('government', 'school', 'company', 'association', 'venue'))), "liaison" TEXT, "phone" TEXT, "remark" TEXT, "area" TEXT, PRIMARY KEY ("delegationId", "id"), FOREIGN KEY ("delegationId", "placeId") REFERENCES "place"("delegationId", "id"));
CREATE TABLE "followUp" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "delegationId" TEXT NOT NULL, "eventId" TEXT NOT NULL, "task" TEXT NOT NULL, "owner" TEXT, "due" TEXT, "status" TEXT NOT NULL CHECK ("status" IN ('open', 'done', 'dropped')), FOREIGN KEY ("delegationId", "eventId") REFERENCES "event"("delegationId", "id") ON DELETE RESTRICT);
CREATE TABLE "leg" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "mode" TEXT NOT NULL CHECK ("mode" IN ('flight', 'rail', 'bus', 'car', 'ship', 'walk', 'unknown')), "carrier" TEXT, "number" TEXT, "fromId" TEXT NOT NULL, "toId" TEXT NOT NULL, "departDate" TEXT NOT NULL, "departAt" DATETIME, "departZone" TEXT NOT NULL, "arriveDate" TEXT, "arriveAt" DATETIME, "arriveZone" TEXT NOT NULL, "booking" TEXT, "kind" TEXT, "remark" TEXT, "sequence" INTEGER NOT NULL DEFAULT 0, "departBy" TEXT CHECK (("departBy" IS NULL) OR ("departBy" >= "departDate")), "departPart" TEXT CHECK (("departPart" IS NULL) OR ("departPart" IN ('morning', 'noon', 'afternoon', 'evening', 'night'))), "arrivePart" TEXT CHECK (("arrivePart" IS NULL) OR ("arrivePart" IN ('morning', 'noon', 'afternoon', 'evening', 'night'))), PRIMARY KEY ("delegationId", "id"), FOREIGN KEY ("delegationId", "fromId") REFERENCES "place"("delegationId", "id"), FOREIGN KEY ("delegationId", "toId") REFERENCES "place"("delegationId", "id"));
CREATE TABLE "logChange" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "eventId" TEXT, "toEventId" TEXT, "kind" TEXT NOT NULL CHECK ("kind" IN ('note', 'photo', 'outcome', 'followUp', 'press', 'counterpart')), "itemKey" TEXT NOT NULL, "action" TEXT NOT NULL CHECK ("action" IN ('edit', 'file', 'delete', 'move', 'reorder', 'undo')), "before" TEXT, "after" TEXT, "actor" TEXT, "at" DATETIME NOT NULL, "undoneBy" INTEGER REFERENCES "logChange"("id") ON DELETE SET NULL, "undoes" INTEGER REFERENCES "logChange"("id") ON DELETE SET NULL);
CREATE TABLE "member" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "unit" TEXT NOT NULL, "title" TEXT NOT NULL, "name" TEXT NOT NULL, "rank" TEXT, "email" TEXT, "role" TEXT NOT NULL CHECK ("role" IN ('leader', 'member')), "phone" TEXT, PRIMARY KEY ("delegationId", "id"));
CREATE TABLE "note" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "delegationId" TEXT NOT NULL, "eventId" TEXT NOT NULL, "text" TEXT NOT NULL CHECK (LENGTH("text") > 0), "author" TEXT, "createdAt" DATETIME, "updatedAt" DATETIME, "revision" INTEGER NOT NULL DEFAULT 1, FOREIGN KEY ("delegationId", "eventId") REFERENCES "event"("delegationId", "id") ON DELETE RESTRICT);
CREATE TABLE "noteRevision" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "noteId" INTEGER NOT NULL REFERENCES "note"("id") ON DELETE CASCADE, "revision" INTEGER NOT NULL, "text" TEXT NOT NULL, "replacedAt" DATETIME NOT NULL);
CREATE TABLE "outcome" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "delegationId" TEXT NOT NULL, "eventId" TEXT NOT NULL, "text" TEXT NOT NULL, "date" TEXT, FOREIGN KEY ("delegationId", "eventId") REFERENCES "event"("delegationId", "id") ON DELETE RESTRICT);
CREATE TABLE "participant" ("delegationId" TEXT NOT NULL, "itemId" TEXT NOT NULL, "memberId" TEXT NOT NULL, "position" INTEGER NOT NULL, PRIMARY KEY ("delegationId", "itemId", "memberId"), FOREIGN KEY ("delegationId", "memberId") REFERENCES "member"("delegationId", "id") ON DELETE CASCADE);
CREATE TABLE "photo" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "delegationId" TEXT NOT NULL, "eventId" TEXT NOT NULL, "file" TEXT, "sha256" TEXT, "caption" TEXT, "takenAt" DATETIME, "createdAt" DATETIME NOT NULL, FOREIGN KEY ("delegationId", "eventId") REFERENCES "event"("delegationId", "id") ON DELETE RESTRICT);
CREATE TABLE "place" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "name" TEXT NOT NULL, "localName" TEXT, "englishName" TEXT, "organisation" TEXT, "city" TEXT, "country" TEXT, "address" TEXT, "latitude" DOUBLE CHECK (("latitude" IS NULL) OR (("latitude" >= -90) AND ("latitude" <= 90))), "longitude" DOUBLE CHECK (("longitude" IS NULL) OR (("longitude" >= -180) AND ("longitude" <= 180))), "zone" TEXT NOT NULL, "airportCode" TEXT, "fromGazetteer" BOOLEAN NOT NULL, "region" TEXT, "type" TEXT CHECK (("type" IS NULL) OR ("type" IN ('government', 'school', 'company', 'association', 'venue'))), "openDays" TEXT, "closedDays" TEXT, "phone" TEXT, PRIMARY KEY ("delegationId", "id"));
CREATE TABLE "pressItem" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "date" TEXT NOT NULL, "outlet" TEXT NOT NULL, "headline" TEXT, "url" TEXT, "image" TEXT, "language" TEXT, "remark" TEXT, "eventId" TEXT, PRIMARY KEY ("delegationId", "id"));
CREATE TABLE "reflection" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "position" INTEGER NOT NULL, "theme" TEXT, "text" TEXT NOT NULL, PRIMARY KEY ("delegationId", "position"));
CREATE TABLE "reportOutline" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL, "position" INTEGER NOT NULL, "outline" TEXT NOT NULL, "revision" INTEGER NOT NULL CHECK ("revision" >= 1) DEFAULT 1, PRIMARY KEY ("delegationId", "kind"));
CREATE TABLE "session" ("tokenHash" TEXT PRIMARY KEY NOT NULL, "userId" INTEGER NOT NULL REFERENCES "user"("id") ON DELETE CASCADE, "csrfSecret" TEXT NOT NULL, "createdAt" DATETIME NOT NULL, "expiresAt" DATETIME NOT NULL);
CREATE TABLE "signInCode" ("codeHash" TEXT PRIMARY KEY NOT NULL, "userId" INTEGER NOT NULL REFERENCES "user"("id") ON DELETE CASCADE, "expiresAt" DATETIME NOT NULL, "usedAt" DATETIME);
CREATE TABLE "stay" ("delegationId" TEXT NOT NULL REFERENCES "delegation"("id") ON DELETE CASCADE, "id" TEXT NOT NULL, "position" INTEGER NOT NULL, "placeId" TEXT NOT NULL, "checkIn" TEXT NOT NULL, "checkOut" TEXT NOT NULL CHECK ("checkOut" > "checkIn"), "booking" TEXT, "sequence" INTEGER NOT NULL DEFAULT 0, "phone" TEXT, "remark" TEXT, PRIMARY KEY ("delegationId", "id"), FOREIGN KEY ("delegationId", "placeId") REFERENCES "place"("delegationId", "id"));
CREATE TABLE "user" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE CHECK (LENGTH("name") > 0), "role" TEXT NOT NULL CHECK ("role" IN ('administrator', 'organiser', 'member', 'viewer')), "createdAt" DATETIME NOT NULL);
CREATE TABLE "webSecret" ("name" TEXT PRIMARY KEY NOT NULL, "value" TEXT NOT NULL);
CREATE INDEX "accessGrant_on_delegationId" ON "accessGrant"("delegationId");
CREATE TRIGGER calendarToken_followsMember AFTER DELETE ON member
BEGIN
  DELETE FROM calendarToken WHERE delegationId = OLD.delegationId AND memberId = OLD.id;
END;
CREATE INDEX "calendarToken_on_delegationId" ON "calendarToken"("delegationId");
CREATE INDEX delegationListOrder ON delegation(startDate DESC, id);
CREATE INDEX "event_delegationId_startDate" ON "event"("delegationId", "startDate");
CREATE INDEX "event_on_delegationId" ON "event"("delegationId");
CREATE INDEX "followUp_delegationId_eventId" ON "followUp"("delegationId", "eventId");
CREATE INDEX "leg_delegationId_departDate" ON "leg"("delegationId", "departDate");
CREATE INDEX "leg_on_delegationId" ON "leg"("delegationId");
CREATE INDEX "logChange_delegationId_eventId" ON "logChange"("delegationId", "eventId");
CREATE INDEX "logChange_on_delegationId" ON "logChange"("delegationId");
CREATE INDEX "member_on_delegationId" ON "member"("delegationId");
CREATE INDEX "noteRevision_on_noteId" ON "noteRevision"("noteId");
CREATE INDEX "note_delegationId_eventId" ON "note"("delegationId", "eventId");
CREATE INDEX "outcome_delegationId_eventId" ON "outcome"("delegationId", "eventId");
CREATE INDEX "photo_delegationId_eventId" ON "photo"("delegationId", "eventId");
CREATE INDEX "place_on_delegationId" ON "place"("delegationId");
CREATE INDEX "pressItem_on_delegationId" ON "pressItem"("delegationId");
CREATE INDEX "reflection_on_delegationId" ON "reflection"("delegationId");
CREATE INDEX "reportOutline_on_delegationId" ON "reportOutline"("delegationId");
CREATE INDEX "session_on_userId" ON "session"("userId");
CREATE INDEX "signInCode_on_userId" ON "signInCode"("userId");
CREATE INDEX "stay_on_delegationId" ON "stay"("delegationId");
