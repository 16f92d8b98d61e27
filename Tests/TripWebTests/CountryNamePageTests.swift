import Foundation
import HummingbirdTesting
import Testing

@testable import TripWeb

/// The overview names destination countries as the report's cover and `show` do (the gazetteer),
/// not by their ISO codes.
@Suite struct CountryNamePageTests {
    @Test func overviewNamesTheCountryInChinese() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025", method: .get).text
            #expect(text.contains("<dt>派赴國家</dt><dd>日本</dd>"))
        }
    }

    @Test func overviewNamesTheCountryInEnglish() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025?lang=en", method: .get).text
            #expect(text.contains("<dt>Countries</dt><dd>Japan</dd>"))
        }
    }
}
