import Gazetteer
import Testing
import TripModel

@Suite("Country names")
struct CountryNameTests {
    let gazetteer = Gazetteer.shared

    @Test(
        "country codes give zh-Hant names in Taiwan usage",
        arguments: [
            ("JP", "日本"), ("US", "美國"), ("TW", "臺灣"), ("KR", "韓國"), ("GB", "英國"), ("jp", "日本"),
        ]
    )
    func chineseNames(code: String, name: String) {
        #expect(gazetteer.countryName(code, lang: .zh) == name)
    }

    @Test("country codes give English names", arguments: [("JP", "Japan"), ("US", "United States"), ("CN", "China")])
    func englishNames(code: String, name: String) {
        #expect(gazetteer.countryName(code, lang: .en) == name)
    }

    @Test("an unknown code is returned as written")
    func unknownCountry() {
        #expect(gazetteer.countryName("ZZ", lang: .zh) == "ZZ")
        #expect(gazetteer.countryName("XYZ", lang: .en) == "XYZ")
    }
}
