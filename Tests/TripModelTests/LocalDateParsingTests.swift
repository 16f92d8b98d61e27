import Testing
import TripModel

/// `LocalDate(iso:)` reads exactly `YYYY-MM-DD` (ASCII digits) and nothing else.
@Suite struct LocalDateParsingTests {
    @Test func aWellFormedDateIsRead() {
        #expect(LocalDate(iso: "2025-08-31") == LocalDate(year: 2025, month: 8, day: 31))
        #expect(LocalDate(iso: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
    }

    @Test(arguments: [
        "", "2025-8-31", "2025-08-1", "25-08-31", "2025/08/31", "2025-08-31 ", " 2025-08-31", "2025-+8-31",
        "2025-08--1", "２０２５-08-31", "2025-13-01", "2025-00-10", "2025-02-29", "2025-08-00", "20250831xx",
    ])
    func anythingElseIsNil(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }
}
