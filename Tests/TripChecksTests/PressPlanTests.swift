import Foundation
import Testing
import TripChecks
import TripModel
import TripStore

@Suite("Real itineraries from press reports (seeds/press): no warning that is not a real problem")
struct PressPlanTests {
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/press/\(name).yaml")
    }

    /// Unacknowledged warnings and errors while planning.
    static func problems(_ name: String) throws -> [Diagnostic] {
        let d = try PlanReader().read(fileAt: url(name)).delegation
        return Checker().check(d, today: d.start).diagnostics.filter { $0.severity != .info && $0.acknowledged == nil }
    }

    @Test("訪日 2025: flights inside Japan and moves known only by day raise only the hotels the reports do not give")
    func japan() throws {
        #expect(try Self.problems("japan-domes-2025").map(\.code) == [.lodgingMissing])
    }

    @Test("訪澳 2025: overnight flights both ways raise only the hotels the reports do not give")
    func australia() throws {
        let found = try Self.problems("australia-2025")
        #expect(found.map(\.code) == [.lodgingMissing])
        // The nights on the two overnight flights need no hotel.
        #expect(found.first?.message.en.contains("2025-08-06") == true)
        #expect(found.first?.message.en.contains("4 nights") == true)
    }

    @Test("雙城論壇 2025: a Sunday forum, a mayor who joins for half a day and a split afternoon raise nothing")
    func shanghai() throws {
        #expect(try Self.problems("shanghai-forum-2025").isEmpty)
    }

    @Test("the council seed (usa-2026) raises what its plan lacks and no false closed-day, gap or ambiguity")
    func usaSeed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/usa-2026.yaml")
        let d = try PlanReader().read(fileAt: url).delegation
        let codes = Set(Checker().check(d, today: day("2026-03-01")).diagnostics.map(\.code))
        #expect(codes == [.lodgingMissing, .continuityHome, .emptyDay])
    }
}
