import Testing
import TripChecks
import TripModel

/// A holiday is said to be a country's by its name in both languages, as the report's cover and
/// `show` name countries, not by its ISO code.
@Suite("Rule 7: the holiday's country by name")
struct ClosedDayCountryNameTests {
    @Test("a Japanese public holiday is 日本的國定假日 / a public holiday in Japan")
    func holidayNamesTheCountry() throws {
        var t = Trip(start: "2025-09-14", end: "2025-09-16")
        try t.event("call", .call, at: "tenjin", "2025-09-15", title: "拜會福岡市")
        let message = try #require(t.diagnostics(.closedDay).first?.message)
        #expect(message.zh.contains("日本的國定假日「"))
        #expect(message.en.contains("a public holiday in Japan ("))
        #expect(!message.zh.contains("JP"))
    }
}
