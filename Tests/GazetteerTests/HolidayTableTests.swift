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
        #expect(table.isWeekend(try date("2025-09-05"), country: "SA"))  // Friday
        #expect(table.isWeekend(try date("2025-09-06"), country: "SA"))  // Saturday
        #expect(!table.isWeekend(try date("2025-09-07"), country: "sa"))  // Sunday
    }

    @Test("a country not in weekends.tsv closes on Saturday and Sunday")
    func defaultWeekend() throws {
        let table = HolidayTable.shared
        let saturday = try date("2025-09-06")
        let sunday = try date("2025-09-07")
        #expect(table.isWeekend(saturday, country: "JP") && table.isWeekend(sunday, country: "HK"))
        #expect(!table.isWeekend(try date("2025-09-05"), country: "JP"))
    }

    @Test("a table from text keeps a day's first name, skips bad lines, and knows its countries and years")
    func tableFromText() throws {
        let table = HolidayTable(
            tsv: """
                # header
                2024-01-01\tjp\t元日\t元旦\tNew Year's Day
                2024-01-01\tJP\tduplicate
                2024-02-30\tJP\tno such day
                2026-1-02\tJP\tbad date
                2026-05-05\tKR\t어린이날
                2026-05-06
                \r
                2027-07-04\tUS
                """
        )
        #expect(table.holidayName(on: try date("2024-01-01"), country: "JP") == HolidayName(local: "元日", zh: "元旦", en: "New Year's Day"))
        #expect(table.holidayName(on: try date("2026-05-05"), country: "kr") == HolidayName(local: "어린이날", zh: "어린이날", en: "어린이날"))
        #expect(table.holiday(on: try date("2026-01-02"), country: "JP") == nil)
        #expect(table.countries == ["JP", "KR"])
        #expect(table.years == 2024...2026)
        let june = try date("2025-06-01")
        let july = try date("2027-07-04")
        #expect(table.covers(june, country: "jp") && !table.covers(july, country: "US"))
    }
}
