import Foundation
import Testing
import TripModel

@testable import Gazetteer

/// The gazetteer's errors are worded for the user in each language.
@Suite struct GazetteerErrorTests {
    @Test("an unknown place reads wholly in each language, with the nearest names")
    func unknownPlaceInEachLanguage() {
        let error = GazetteerError(name: "熊夲", suggestions: ["熊本", "熊谷"])
        #expect(error.text(.zh) == "找不到地名或機場代碼「熊夲」；最接近的是：熊本、熊谷")
        #expect(error.text(.en) == "unknown place or airport code '熊夲'; nearest known: 熊本, 熊谷")
    }

    @Test("unreadable data names the file and how to make it again, in each language")
    func loadErrorInEachLanguage() {
        let error = GazetteerLoadError(path: "Data/cities.tsv", reason: .noHeader)
        #expect(error.text(.zh).contains("Data/cities.tsv") && error.text(.zh).contains("缺少註明資料來源") && error.text(.zh).contains("重新產生"))
        #expect(
            error.text(.en) == "Data/cities.tsv: no `#` header line naming its source; regenerate the data with `python3 tools/build_gazetteer.py`"
        )
    }

    @Test("places, regions and holidays are named in both languages at once")
    func namesInBothLanguages() {
        let holiday = HolidayName(local: "敬老の日", zh: "敬老日", en: "Respect for the Aged Day")
        #expect(holiday.names == LocalizedText(zh: "敬老日（敬老の日）", en: "Respect for the Aged Day (敬老の日)"))
        #expect(Gazetteer.countryNames("JP") == LocalizedText(zh: "日本", en: "Japan"))
        #expect(Gazetteer.countryNames("KR").zh == "韓國")
    }
}
