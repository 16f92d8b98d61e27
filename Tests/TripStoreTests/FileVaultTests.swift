import Foundation
import Testing
import TripModel

@testable import TripStore

/// Files logged are written so that nothing half-written or unnamed by a row stays.
@Suite("The data folder keeps only what rows name")
struct FileVaultTests {
    func setUp(_ folder: URL) throws -> (TripDatabase, FileVault) {
        let db = try TripDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
        _ = try db.importPlan(try readPlan(minimalPlan()))
        return (db, FileVault(root: folder.appendingPathComponent("t.files")))
    }

    @Test("a sweep removes partial files (ours and Foundation's .dat.nosync) and files no row names, and keeps the rest")
    func sweepRemovesLeftovers() throws {
        try withTemporaryFolder { folder in
            let (db, vault) = try setUp(folder)
            let kept = try db.storingFiles([(.file(fixture("meeting.png")), "photos/mini")], vault: vault) { stored in
                try db.addPhoto(delegation: "mini", event: "visit", file: stored[0], caption: nil, takenAt: nil)
                return stored[0]
            }
            let photos = vault.root.appendingPathComponent("photos/mini")
            let leftovers = [".tw-part-1234", ".dat.nosync1a2b.XYZ", "0123456789abcdef.jpg"]
            for name in leftovers { try Data([1, 2, 3]).write(to: photos.appendingPathComponent(name)) }
            // A user's own file with another kind of name is none of the sweep's business.
            try Data([1]).write(to: photos.appendingPathComponent("mine.jpg"))
            let removed = db.sweepFiles(vault: vault)
            #expect(Set(removed) == Set(leftovers.map { "photos/mini/\($0)" }))
            let left = Set(try FileManager.default.contentsOfDirectory(atPath: photos.path))
            #expect(left == [URL(fileURLWithPath: kept.path).lastPathComponent, "mine.jpg"])
        }
    }

    @Test("no sweep runs while a writer is between its file and its row")
    func sweepWaitsForWriters() throws {
        try withTemporaryFolder { folder in
            let (db, vault) = try setUp(folder)
            let swept = try db.storingFiles([(.file(fixture("meeting.png")), "photos/mini")], vault: vault) { _ in
                // The file is on disk with no row yet: a sweep now would take it.
                db.sweepFiles(vault: vault)
            }
            #expect(swept.isEmpty)
        }
    }

    @Test("a write that fails after its files were copied leaves no file behind")
    func failedWriteLeavesNoFile() throws {
        try withTemporaryFolder { folder in
            let (db, vault) = try setUp(folder)
            #expect(throws: StoreError.self) {
                try db.storingFiles([(.file(fixture("meeting.png")), "photos/mini")], vault: vault) { stored in
                    try db.addPhoto(delegation: "mini", event: "no-such-event", file: stored[0], caption: nil, takenAt: nil)
                }
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: vault.root.appendingPathComponent("photos/mini").path)) ?? []
            #expect(names.isEmpty)
        }
    }

    @Test("a failed import leaves neither rows nor copied files")
    func failedImportLeavesNoFile() throws {
        try withTemporaryFolder { folder in
            let (db, vault) = try setUp(folder)
            try FileManager.default.copyItem(at: fixture("meeting.png"), to: folder.appendingPathComponent("meeting.png"))
            var plan = try PlanReader().read(
                text: minimalPlan(eventExtra: "  photos:\n  - file: meeting.png"),
                fileName: "p.yaml",
                baseDirectory: folder
            )
            // A participant the database refuses (no such member) makes the import fail after the copy.
            plan.delegation.events[0].participants = ["nobody"]
            #expect(throws: (any Error).self) {
                _ = try PlanImporter(location: DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)).importPlan(plan, into: db)
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: vault.root.appendingPathComponent("photos/mini").path)) ?? []
            #expect(names.isEmpty)
            #expect(try db.delegation("mini").events[0].photos.isEmpty)
        }
    }

    @Test("an unreadable source says which file and why, without system error text")
    func unreadableSourceIsWorded() throws {
        try withTemporaryFolder { folder in
            let (db, vault) = try setUp(folder)
            let missing = folder.appendingPathComponent("nope.jpg")
            #expect(throws: StoreError.fileUnreadable(path: missing.path, reason: .notFound)) {
                try db.storingFiles([(.file(missing), "photos/mini")], vault: vault) { _ in }
            }
        }
    }
}
