import Foundation
import GRDB
import TripModel

/// The one database of Tripwright: opens the SQLite file, migrates it, and offers writes named
/// for what they do and reads that return domain values. Nothing else opens the database.
public struct TripDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the SQLite file at `path`, in WAL mode, and migrates it.
    public static func open(path: String) throws -> TripDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: config)
        return try TripDatabase(pool)
    }

    /// An empty database in memory, for tests.
    public static func inMemory() throws -> TripDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try TripDatabase(DatabaseQueue(configuration: config))
    }

    /// Wraps a writer and migrates it.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try TripDatabase.migrator.migrate(writer)
    }

    /// Read-only access for composite reads.
    var reader: any DatabaseReader { writer }

    /// Runs one write transaction (rolled back entirely on error).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.write(body)
    }

    /// The names of the applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try TripDatabase.migrator.appliedMigrations(db) }
    }
}
