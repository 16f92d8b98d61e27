import Testing
import TripModel

@testable import Gazetteer

@Suite("First-level regions and the cities that share a name")
struct RegionTests {
    let g = Gazetteer.shared

    @Test("every US state and DC has a region with its postal code, English and zh-Hant names")
    func usStates() throws {
        let us = g.regions.filter { $0.country == "US" }
        #expect(us.count == 51)
        let ma = try #require(g.region(country: "US", code: "MA"))
        #expect(ma.name == "Massachusetts")
        #expect(ma.zhName == "麻薩諸塞州")
        for name in ["MA", "ma", "Massachusetts", "麻州", "麻薩諸塞州", "Mass."] {
            #expect(g.regions(named: name, country: "US").map(\.code) == ["MA"], "\(name)")
        }
    }

    @Test("Japanese prefectures, Korean provinces and Canadian provinces are named")
    func otherCountries() {
        #expect(g.regions(named: "東京都").map(\.code) == ["40"])
        #expect(g.regions(named: "東京", country: "JP").map(\.code) == ["40"])
        #expect(g.regions(named: "熊本縣").map(\.code) == ["21"])
        #expect(g.regions(named: "경기도").map { "\($0.country)-\($0.code)" } == ["KR-13"])
        #expect(g.regions(named: "Ontario").map { "\($0.country)-\($0.code)" } == ["CA-08"])
    }

    @Test("a name with its region after a comma picks the city in that region")
    func qualifiedNames() throws {
        for text in ["Cambridge, MA", "Cambridge, Massachusetts", "Cambridge，麻州", "劍橋, 麻州"] {
            guard case let .city(c) = try g.resolve(text) else {
                Issue.record("\(text)")
                continue
            }
            #expect(c.country == "US" && c.admin1 == "MA", "\(text)")
        }
        guard case let .city(uk) = try g.resolve("Cambridge, UK") else {
            Issue.record("UK")
            return
        }
        #expect(uk.country == "GB")
        guard case let .city(nh) = try g.resolve("Manchester", country: "US", region: "New Hampshire") else {
            Issue.record("NH")
            return
        }
        #expect(nh.admin1 == "NH")
    }

    @Test("namesakes are the cities a name is the own name of, not those it is an alternate of")
    func namesakes() {
        let us = g.namesakes(of: "Manchester", country: "US").compactMap(\.admin1)
        #expect(us.contains("NH") && us.contains("CT"))
        // GeoNames lists "Manchester" as an alternate name of Richmond, Virginia.
        #expect(!g.namesakes(of: "Manchester", country: "US").contains { $0.name == "Richmond" })
        #expect(Set(g.namesakes(of: "Cambridge").map(\.country)).isSuperset(of: ["GB", "US", "CA"]))
    }

    @Test("Hangul names find Korean cities, whose local name is Korean")
    func hangul() throws {
        guard case let .city(seoul) = try g.resolve("서울") else {
            Issue.record("서울")
            return
        }
        #expect(seoul.name == "Seoul")
        #expect(seoul.zhName == "首爾")
        #expect(seoul.localName == "서울")
        guard case let .city(busan) = try g.resolve("부산광역시") else {
            Issue.record("부산")
            return
        }
        #expect(busan.name == "Busan")
        #expect(g.city(named: "대전", country: "KR")?.zhName == "大田")
    }

    @Test("Latin names match with or without diacritics")
    func diacritics() {
        #expect(g.city(named: "São Paulo", country: nil)?.id == g.city(named: "Sao Paulo", country: nil)?.id)
        #expect(g.city(named: "Zürich", country: nil)?.id == g.city(named: "Zurich", country: nil)?.id)
    }
}

@Suite("Public holidays named in the user's language")
struct HolidayNameTests {
    @Test("a Korean substitute holiday has zh-Hant, English and Korean names")
    func korean() throws {
        let name = try #require(HolidayTable.shared.holidayName(on: LocalDate(year: 2026, month: 5, day: 25)!, country: "KR"))
        #expect(name.zh == "佛誕節補假")
        #expect(name.en == "Alternative holiday for Buddha's Birthday")
        #expect(name.local == "부처님오신날 대체 휴일")
        #expect(name.text(.zh) == "佛誕節補假（부처님오신날 대체 휴일）")
    }

    @Test("every holiday of the table has a zh-Hant and an English name")
    func everyHolidayNamed() {
        let table = HolidayTable.shared
        var day = LocalDate(year: 2025, month: 1, day: 1)!
        while day.year == 2025 {
            for country in table.countries.sorted() {
                if let name = table.holidayName(on: day, country: country) {
                    #expect(!name.zh.isEmpty && !name.en.isEmpty, "\(country) \(day.iso)")
                    #expect(name.zh.unicodeScalars.contains { $0.properties.isIdeographic }, "\(country) \(day.iso) \(name.zh)")
                }
            }
            day = day.adding(days: 1)
        }
    }
}
