import Foundation
import Testing
import TripModel
import TripStore

@testable import TripReport

/// The itinerary tables of the real itineraries in seeds/press, in both layouts, against golden
/// Markdown (`RECORD_GOLDEN=1 swift test --filter PressItineraryTests` re-records; review the diff).
@Suite struct PressItineraryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func tables(_ name: String) throws -> String {
        let d = try PlanReader().read(fileAt: root.appendingPathComponent("seeds/press/\(name).yaml")).delegation
        let render = try Render()
        var blocks: [Block] = []
        for (kind, title) in [("trip", "參訪日程（出國報告）"), ("council", "行程表（專案報告）")] {
            let doc = try render.document(d, kind: kind)
            guard let table = doc.tables.first(where: { $0.header.first?.first?.text.hasPrefix("日期") == true }) else { continue }
            blocks.append(.paragraph(Paragraph(title, style: .label)))
            blocks.append(.table(table))
        }
        return MarkdownWriter().render(Document(title: d.title, blocks: blocks))
    }

    @Test(arguments: ["japan-domes-2025", "australia-2025", "shanghai-forum-2025"])
    func itineraryTablesMatchGolden(name: String) throws {
        let text = try Self.tables(name)
        let url = Self.root.appendingPathComponent("Tests/TripReportTests/Golden/press-\(name).md")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if intended")
    }
}
