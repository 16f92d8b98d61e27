import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("export(import(x)) equals x")
struct RoundTripTests {
    @Test("the Kyushu seed comes back byte for byte", arguments: ["kyushu-2025.yaml", "usa-2026.yaml"])
    func seedRoundTrip(name: String) throws {
        try withTemporaryFolder { folder in
            let location = DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)
            let db = try location.open()
            let summary = try PlanImporter(location: location).importFile(at: seed(name), into: db)
            let exported = try PlanWriter().write(try db.delegation(summary.delegationID))
            let original = try String(contentsOf: seed(name), encoding: .utf8)
            #expect(exported == original)
        }
    }

    @Test("a plan using every field imports to the same values it was read as")
    func everyFieldValues() throws {
        try withTemporaryFolder { folder in
            let location = DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)
            let db = try location.open()
            let importer = PlanImporter(location: location)
            let plan = try importer.reader.read(fileAt: fixture("full.yaml"))
            _ = try importer.importPlan(plan, into: db)
            #expect(comparable(try db.delegation("full-2026")) == comparable(plan.delegation))
        }
    }

    @Test("exporting a plan using every field and importing it again changes nothing")
    func everyFieldStable() throws {
        try withTemporaryFolder { folder in
            let location = DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)
            let db = try location.open()
            let importer = PlanImporter(location: location)
            _ = try importer.importFile(at: fixture("full.yaml"), into: db)
            let first = try PlanWriter().write(try db.delegation("full-2026"))
            let file = folder.appendingPathComponent("exported.yaml")
            try first.write(to: file, atomically: true, encoding: .utf8)
            _ = try importer.importFile(at: file, into: db)
            let second = try PlanWriter().write(try db.delegation("full-2026"))
            #expect(first == second)
            #expect(
                try importer.reader.read(fileAt: file).delegation
                    == (try importer.reader.read(text: second, fileName: "x", baseDirectory: folder).delegation)
            )
        }
    }

    @Test("clock times are written in the place's local time and read back to the same instant")
    func localTimes() throws {
        let d = try readPlan(try String(contentsOf: fixture("full.yaml"), encoding: .utf8))
        let call = try #require(d.events.first { $0.id == "call" })
        // 10:00 in Boston on 2026-03-09 (EDT, after the 03-08 change) is 14:00 UTC.
        #expect(call.start.instant == Date(timeIntervalSince1970: 1_773_064_800))
        let text = try PlanWriter().write(d)
        #expect(text.contains("start: \"10:00\""))
        let out = try #require(d.legs.first { $0.id == "out" })
        #expect(out.departure.zone.identifier == "Asia/Taipei")
        #expect(out.arrival?.zone.identifier == "America/New_York")
    }
}
