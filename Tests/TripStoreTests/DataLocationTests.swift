import Foundation
import Testing

@testable import TripStore

@Suite("Where the data lives")
struct DataLocationTests {
    @Test("the default database is in the XDG data folder")
    func xdgDefault() {
        let l = DataLocation(databasePath: nil, environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
        #expect(l.database.path == "/x/data/tripwright/tripwright.sqlite")
    }

    @Test("without XDG_DATA_HOME the database is under ~/.local/share")
    func homeDefault() {
        let l = DataLocation(databasePath: nil, environment: ["HOME": "/home/u"])
        #expect(l.database.path == "/home/u/.local/share/tripwright/tripwright.sqlite")
    }

    @Test("TRIPWRIGHT_DB names the database, and --db wins over it")
    func overrides() {
        #expect(DataLocation(databasePath: nil, environment: ["TRIPWRIGHT_DB": "/t/a.sqlite"]).database.path == "/t/a.sqlite")
        #expect(DataLocation(databasePath: "/t/b.sqlite", environment: ["TRIPWRIGHT_DB": "/t/a.sqlite"]).database.path == "/t/b.sqlite")
        #expect(DataLocation(databasePath: "/t/b.sqlite", environment: [:]).files.path == "/t/b.files")
    }
}
