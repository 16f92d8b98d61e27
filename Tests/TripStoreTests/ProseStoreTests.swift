import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

/// `editProse`: one prose field written in one transaction that checks its revision first.
@Suite struct ProseStoreTests {
    func stored(_ body: (TripDatabase) async throws -> Void) async throws {
        try await withTemporaryFolder { folder in
            let db = try TripDatabase.open(path: folder.appendingPathComponent("t.sqlite").path)
            _ = try await db.importPlan(try readPlan(minimalPlan()))
            try await body(db)
        }
    }

    @Test func anEditRaisesTheChangeStampAndAStaleOneLeavesItAndTheTextAlone() async throws {
        try await stored { db in
            let stamp = try await db.changeStamp(delegation: "mini")
            try await db.editProse(delegation: "mini", field: .summary, revision: ProseText(text: nil).revision, to: ProseText(text: "甲。"))
            let after = try await db.changeStamp(delegation: "mini")
            #expect(after != stamp)
            await #expect(throws: EditConflict<ProseText>.self) {
                try await db.editProse(delegation: "mini", field: .summary, revision: ProseText(text: nil).revision, to: ProseText(text: "乙。"))
            }
            #expect(try await db.changeStamp(delegation: "mini") == after)
            #expect(try await db.delegation("mini").summary == "甲。")
        }
    }

    @Test func reflectionsKeepTheirOrderThroughAddEditAndRemove() async throws {
        try await stored { db in
            for (i, text) in ["一", "二", "三"].enumerated() {
                try await db.editProse(delegation: "mini", field: .reflection(i), revision: nil, to: ProseText(theme: "主題\(text)", text: text))
            }
            try await db.editProse(delegation: "mini", field: .reflection(1), revision: nil, to: ProseText(text: nil))
            #expect(try await db.delegation("mini").reflections == [Reflection(theme: "主題一", text: "一"), Reflection(theme: "主題三", text: "三")])
        }
    }
}
