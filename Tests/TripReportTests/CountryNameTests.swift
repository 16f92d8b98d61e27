import Foundation
import Testing
import TripModel
import TripStore

@testable import TripReport

/// Country names come from the gazetteer, the one source `show` and the web use too
/// (cases/finish-report/country-name-on-cover.yaml: the cover printed IS for 冰島).
@Suite struct CountryNameTests {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    @Test func coverNamesIcelandInChineseNotItsCode() throws {
        let d = try PlanReader().read(fileAt: CountryNameTests.cases.appendingPathComponent("country-name-on-cover.yaml")).delegation
        let doc = try Render().document(d)
        #expect(doc.coverLines.contains("派赴國家：冰島"))
        #expect(!doc.coverLines.contains { $0.contains("IS") })
    }

    @Test func abstractListsTheCountryByName() throws {
        let d = try PlanReader().read(fileAt: CountryNameTests.cases.appendingPathComponent("country-name-on-cover.yaml")).delegation
        let metadata = try Render().generator.metadata(for: d, pageCount: 1)
        let region = try #require(metadata.fields.first { $0.name == "前往地區" })
        #expect(region.value.hasPrefix("冰島"))
    }

    @Test func countriesWithoutCodesInThePlanComeFromThePlacesVisited() throws {
        var d = Kyushu.delegation()
        d.countries = []
        #expect(try Render().document(d).coverLines.contains("派赴國家：日本"))
    }

    @Test func templatesNoLongerCarryTheirOwnCountryTable() {
        #expect(!FileManager.default.fileExists(atPath: RepoTemplates.folder.appendingPathComponent("data/countries.json").path))
    }
}
