import Gazetteer
import Testing
import TripModel

@Suite("Holidays and weekends by country")
struct HolidayTableTests {
    private func date(_ iso: String) throws -> LocalDate { try #require(LocalDate(iso: iso)) }

    @Test("the bundled table names a Japanese public holiday")
    func japaneseHoliday() throws {
        #expect(HolidayTable.shared.holiday(on: try date("2025-09-15"), country: "JP") == "敬老の日")
    }

    @Test("Saudi offices close on Friday and Saturday, not Sunday")
    func saudiWeekend() throws {
        let table = HolidayTable.shared
        #expect(table.isWeekend(try date("2025-09-05"), country: "SA"))   // Friday
        #expect(table.isWeekend(try date("2025-09-06"), country: "SA"))   // Saturday
        #expect(!table.isWeekend(try date("2025-09-07"), country: "sa"))  // Sunday
    }

    @Test("a country not in weekends.tsv closes on Saturday and Sunday")
    func defaultWeekend() throws {
        let table = HolidayTable.shared
        let saturday = try date("2025-09-06"), sunday = try date("2025-09-07")
        #expect(table.isWeekend(saturday, country: "JP") && table.isWeekend(sunday, country: "HK"))
        #expect(!table.isWeekend(try date("2025-09-05"), country: "JP"))
    }
}
