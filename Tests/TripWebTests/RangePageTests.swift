import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// The web's schedule and event pages name both ends of a range correctly (issue 9 §5).
@Suite struct RangePageTests {
    static let plan = """
        tripwright: 1
        id: dst
        title: 日光節約時間測試
        category: 訪問
        agency: 測試市政府
        home: 臺中市
        start: 2026-10-30
        end: 2026-11-03
        members:
        - {id: wang, name: 王小明, title: 專員, unit: 測試市政府, role: leader}
        places:
        - {id: ny, name: 紐約辦事處, city: New York}
        events:
        - {id: a1, kind: 會議, title: 跨越時制的會議, date: 2026-11-01, start: "00:30", end: "02:30", place: ny}
        """

    @Test func aMeetingOverTheFallBackHourNamesEachEndsZone() async throws {
        let harness = try WebHarness.make(seed: false)
        let plan = try PlanReader().read(text: Self.plan, fileName: "dst.yaml", baseDirectory: harness.folder)
        _ = try await PlanImporter(location: harness.config.location).importPlan(plan, into: harness.database)
        try await harness.run { client in
            for uri in ["/d/dst/schedule", "/d/dst/e/a1"] {
                let text = try await client.execute(uri: uri, method: .get).text
                #expect(text.contains("00:30 EDT–02:30 EST"), "\(uri)")
                #expect(!text.contains("00:30–02:30 EDT"), "\(uri)")
            }
        }
    }
}
