import Foundation
import GRDB
import TripModel

/// The one database of Tripwright: opens the SQLite file, migrates it, and offers writes named
/// for what they do and reads that return domain values. Nothing else opens the database.
///
/// Each named read and write comes in two forms: the blocking one (a command, a test) and the
/// `async` one (GRDB's async access), which Swift picks in async code. In a task, use the
/// async form: a blocking read of a file database on a Swift concurrency thread waits for one of
/// GRDB's pooled readers, and the async reads holding them may need that very thread to finish.
public struct TripDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// The file, for messages (":memory:" in tests).
    let path: String

    /// How a command may use the database file.
    public enum OpenMode: Sendable {
        /// Create the file (and its folder) when missing, and migrate it: `init`, `import`,
        /// `demo`, `serve`.
        case create
        /// Write to an existing file (migrating it); a missing file is an error: `log`, `user`.
        case existing
        /// Read an existing file without ever writing to it: `list`, `show`, `schedule`,
        /// `check`, `export`, `calendar`, `report`. Works on read-only files and folders.
        case readOnly
    }

    /// Opens the SQLite file at `path` (creating it only in `.create` mode), migrates it unless
    /// read-only, and checks its schema, so every store failure is a `StoreError` that says what
    /// to do rather than raw SQLite text.
    public static func open(path: String, mode: OpenMode = .create) throws -> TripDatabase {
        try DatabaseFile.check(path, mayCreate: mode == .create)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        do {
            switch mode {
            case .create, .existing:
                return try TripDatabase(DatabasePool(path: path, configuration: config), path: path)
            case .readOnly:
                return try openReadOnly(path: path, config: config)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    private static func openReadOnly(path: String, config: Configuration) throws -> TripDatabase {
        var readConfig = config
        readConfig.readonly = true
        let queue = try readableQueue(path: path, config: readConfig)
        let state = try queue.read { db in
            (complete: try migrator.hasCompletedMigrations(db), superseded: try migrator.hasBeenSuperseded(db))
        }
        if state.superseded { throw StoreError.newerSchema(path: path) }
        if !state.complete {
            // An older file: upgrade it when it may be written, else say what to do.
            guard DatabaseFile.isWritable(path) else { throw StoreError.needsUpgrade(path: path) }
            return try TripDatabase(DatabasePool(path: path, configuration: config), path: path)
        }
        return try TripDatabase(verifying: queue, path: path)
    }

    /// A read-only connection. When SQLite cannot make the -shm file a WAL database needs (a
    /// folder nobody may write to, a full disk), the file is read as immutable if no -wal
    /// content is left, since the main file then holds everything.
    private static func readableQueue(path: String, config: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL].contains(error.resultCode) {
            if DatabaseFile.hasPendingLog(path) {
                let cannotWrite = error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
                throw cannotWrite ? StoreError.readNeedsFolderAccess(path: path) : StoreError.mapping(error, path: path)
            }
            return try DatabaseQueue(path: "file:\(DatabaseFile.uriEscaped(path))?immutable=1", configuration: config)
        }
    }

    /// An empty database in memory, for tests.
    public static func inMemory() throws -> TripDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try TripDatabase(DatabaseQueue(configuration: config))
    }

    /// Wraps a writer, migrates it and checks its schema.
    public init(_ writer: any DatabaseWriter) throws {
        try self.init(writer, path: writer.path)
    }

    init(_ writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        do {
            if try writer.read({ db in try TripDatabase.migrator.hasBeenSuperseded(db) }) {
                throw StoreError.newerSchema(path: path)
            }
            try TripDatabase.migrator.migrate(writer)
            try writer.read { db in try SchemaCheck.verify(db, path: path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// A read-only database already migrated: only its schema is checked.
    private init(verifying reader: any DatabaseWriter, path: String) throws {
        self.writer = reader
        self.path = path
        do {
            try read { db in try SchemaCheck.verify(db, path: path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Runs one read; SQLite's failures, and rows that cannot be decoded, become `StoreError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read { db in try StoredCode.explaining(db, body) }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Runs one write transaction (rolled back entirely on error); SQLite's failures, and rows
    /// that cannot be decoded, become `StoreError`s, the body's own errors pass through.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write { db in try StoredCode.explaining(db, body) }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Runs one read on GRDB's own queue; the calling task waits without blocking a Swift
    /// concurrency thread. SQLite's failures, and rows that cannot be decoded, become `StoreError`s.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read { db in try StoredCode.explaining(db, body) }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// Runs one write transaction on GRDB's writer queue (rolled back entirely on error); the
    /// calling task waits without blocking a Swift concurrency thread, however many writers queue.
    /// SQLite's failures, and rows that cannot be decoded, become `StoreError`s, the body's own
    /// errors pass through.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write { db in try StoredCode.explaining(db, body) }
        } catch {
            throw StoreError.mapping(error, path: path)
        }
    }

    /// The names of the applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try TripDatabase.migrator.appliedMigrations(db) }
    }
}
