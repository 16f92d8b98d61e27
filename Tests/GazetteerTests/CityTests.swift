import Gazetteer
import Testing
import TripModel

@Suite("Cities")
struct CityTests {
    let gazetteer = Gazetteer.shared

    @Test(
        "CJK and Latin names find the city",
        arguments: [
            ("熊本", "Kumamoto"), ("宮崎", "Miyazaki"), ("福岡", "Fukuoka"), ("日南", "Nichinan"),
            ("都城", "Miyakonojō"), ("東京", "Tokyo"), ("大阪", "Osaka"), ("首爾", "Seoul"),
            ("波士頓", "Boston"), ("紐約", "New York City"), ("華盛頓", "Washington"),
            ("Boston", "Boston"), ("New York", "New York City"), ("Washington", "Washington"),
            ("臺北", "Taipei"), ("台北", "Taipei"), ("臺中市", "Taichung"), ("台中", "Taichung"), ("臺中", "Taichung"),
        ]
    )
    func nameFindsCity(name: String, expected: String) throws {
        let city = try #require(gazetteer.cities(named: name).first)
        #expect(city.name == expected)
    }

    @Test("臺 and 台 are interchangeable")
    func taiVariants() {
        #expect(gazetteer.cities(named: "臺中市").first?.id == gazetteer.cities(named: "台中市").first?.id)
        #expect(gazetteer.cities(named: "臺北市").first?.id == gazetteer.cities(named: "台北").first?.id)
    }

    @Test("a trailing 市 or 県 may be added or left out")
    func suffixOptional() {
        let kumamoto = gazetteer.cities(named: "熊本").first?.id
        #expect(kumamoto != nil)
        #expect(gazetteer.cities(named: "熊本市").first?.id == kumamoto)
        #expect(gazetteer.cities(named: "日南市").first?.id == gazetteer.cities(named: "日南").first?.id)
    }

    @Test("case, accents, spaces and hyphens do not matter in Latin names")
    func latinNormalised() {
        let id = gazetteer.cities(named: "Miyakonojō").first?.id
        #expect(id != nil)
        #expect(gazetteer.cities(named: "miyakonojo").first?.id == id)
        #expect(gazetteer.cities(named: "NEW-YORK").first?.name == "New York City")
    }

    @Test("Fukuoka is in the Tokyo zone")
    func fukuokaZone() {
        #expect(gazetteer.cities(named: "Fukuoka").first?.zone.identifier == "Asia/Tokyo")
    }

    @Test("a city's own name outranks another city's alternate name")
    func ownNameFirst() {
        let manchesters = gazetteer.cities(named: "Manchester")
        #expect(manchesters.first?.country == "GB")
        #expect(manchesters.first(where: { $0.country == "US" })?.admin1 == "NH")
    }

    @Test("a country restricts the match: Manchester in the US is Manchester, New Hampshire")
    func countryRestricts() throws {
        let city = try #require(gazetteer.city(named: "Manchester", country: "US"))
        #expect(city.admin1 == "NH")
        #expect(city.zone.identifier == "America/New_York")
    }

    @Test("a country with no city of that name finds nothing")
    func countryExcludes() {
        #expect(gazetteer.city(named: "熊本", country: "US") == nil)
    }

    @Test("the most populous city of a name comes first")
    func populousFirst() {
        #expect(gazetteer.cities(named: "Boston").first?.country == "US")
        #expect(gazetteer.cities(named: "都城").first?.country == "JP")
    }

    @Test("cities carry Traditional Chinese and Japanese names")
    func cjkNames() throws {
        let boston = try #require(gazetteer.city(named: "Boston", country: "US"))
        #expect(boston.zhName == "波士頓")
        #expect(boston.jaName == "ボストン")
        let taichung = try #require(gazetteer.cities(named: "Taichung").first)
        #expect(taichung.zhName == "臺中市")
        #expect(gazetteer.cities(named: "New York").first?.zhName == "紐約")
        #expect(gazetteer.cities(named: "Hiroshima").first?.zhName == "廣島")
        #expect(gazetteer.cities(named: "Hiroshima").first?.jaName == "広島")
    }

    @Test(
        "Japanese names also match in their Taiwanese spelling",
        arguments: [
            ("橫濱", "Yokohama"), ("鹿兒島", "Kagoshima"), ("德島", "Tokushima"), ("澀谷", "Shibuya"), ("神戶", "Kobe"),
        ]
    )
    func taiwaneseSpellingOfJapaneseNames(name: String, expected: String) {
        #expect(gazetteer.cities(named: name).first?.name == expected)
    }

    @Test(
        "Taiwan-usage names find the city Taiwanese mean",
        arguments: [
            ("雪梨", "AU"), ("伯斯", "AU"), ("奧克蘭", "NZ"), ("伯明罕", "GB"), ("曼徹斯特", "GB"), ("休士頓", "US"),
        ]
    )
    func taiwanUsage(name: String, country: String) {
        #expect(gazetteer.cities(named: name).first?.country == country)
    }

    @Test(
        "a Taiwanese county as home finds its county seat",
        arguments: [
            ("屏東縣", "Pingtung"), ("臺東縣", "Taitung"), ("澎湖縣", "Magong"), ("連江縣", "Nangan"), ("新竹縣", "Zhubei"),
        ]
    )
    func countyHome(name: String, seat: String) {
        #expect(gazetteer.cities(named: name).first?.name == seat)
    }

    @Test("a county alias does not take the short name of the city it is named after")
    func countyDoesNotShadowCity() {
        #expect(gazetteer.cities(named: "新竹").first?.name == "Hsinchu")
        #expect(gazetteer.cities(named: "嘉義").first?.name == "Chiayi City")
    }

    @Test("an unknown name finds no city")
    func unknownName() {
        #expect(gazetteer.cities(named: "Kumamotto").isEmpty)
        #expect(gazetteer.cities(named: "").isEmpty)
        #expect(gazetteer.cities(named: "  -  ").isEmpty)
    }
}
