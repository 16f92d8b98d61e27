import Foundation
import Testing

@testable import TripReport

/// Markdown and HTML of both seeds, compared with files under Golden/. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ text: String, _ name: String) throws {
        let url = GoldenTests.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: GoldenTests.folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from the golden file; re-record with RECORD_GOLDEN=1 if intended")
    }

    @Test func kyushuTripMarkdownMatchesGolden() throws {
        try check(try Render().markdown(Kyushu.delegation()), "kyushu-trip.md")
    }

    @Test func kyushuTripHTMLMatchesGolden() throws {
        try check(try Render().html(Kyushu.delegation()), "kyushu-trip.html")
    }

    @Test func usaCouncilMarkdownMatchesGolden() throws {
        try check(try Render().markdown(USA.delegation(), kind: "council"), "usa-council.md")
    }

    @Test func usaCouncilHTMLMatchesGolden() throws {
        try check(try Render().html(USA.delegation(), kind: "council"), "usa-council.html")
    }
}
