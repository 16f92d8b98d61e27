import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// Every page escapes stored text, whatever it holds: markup, quotes that would close an
/// attribute, Mustache braces, control characters (issue 9 §4, "HTML escaping is sound").
@Suite struct HostileTextPageTests {
    static let text = "\"><script>alert(1)</script>'{{csrf}}&amp;\u{1B}[31m"

    @Test func everyPageShowsHostileTextAsText() async throws {
        let harness = try WebHarness.make()
        var d = try await harness.database.delegation("kyushu-2025")
        d.title = Self.text
        d.members[0].name = Self.text
        let index = try #require(d.events.firstIndex { $0.id == "fgn" })
        d.events[index].title = Self.text
        d.events[index].host = Self.text
        d.press[0].headline = Self.text
        _ = try await harness.database.importPlan(d)
        _ = try await harness.database.addNote(delegation: "kyushu-2025", event: "fgn", text: Self.text, author: nil)
        try await harness.run { client in
            for uri in [
                "/", "/d/kyushu-2025", "/d/kyushu-2025/schedule", "/d/kyushu-2025/e/fgn", "/d/kyushu-2025/press",
                "/d/kyushu-2025/report", "/d/kyushu-2025/members/edit", "/d/kyushu-2025/e/fgn/edit", "/d/kyushu-2025/calendar",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let html = response.text
                #expect(!html.contains("<script>alert"), "\(uri)")
                #expect(!html.contains(Self.text), "\(uri)")
                #expect(!html.contains("'{{"), "\(uri)")
                #expect(
                    html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;{{csrf}}&amp;amp;")
                        || html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&apos;{{csrf}}&amp;amp;")
                        || uri == "/d/kyushu-2025/calendar" || uri == "/d/kyushu-2025/report",
                    "\(uri)"
                )
            }
        }
    }
}
