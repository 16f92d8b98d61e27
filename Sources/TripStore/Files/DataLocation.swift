import Foundation

/// Where the database and the logged files live. The default follows XDG
/// (`$XDG_DATA_HOME/tripwright`, else `~/.local/share/tripwright`); `--db` or the
/// `TRIPWRIGHT_DB` environment variable name another database file, and its files then sit in
/// a folder beside it (`NAME.files/`).
public struct DataLocation: Sendable, Equatable {
    /// The SQLite file.
    public let database: URL
    /// The folder for photos and clippings copied in.
    public let files: URL

    /// The location for an explicit database path (nil: the environment or the default).
    public init(databasePath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let path = databasePath ?? environment["TRIPWRIGHT_DB"], !path.isEmpty {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            database = url
            files = url.deletingPathExtension().appendingPathExtension("files")
        } else {
            let base: URL
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
                base = URL(fileURLWithPath: xdg)
            } else {
                let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
                base = home.appendingPathComponent(".local/share")
            }
            let folder = base.appendingPathComponent("tripwright")
            database = folder.appendingPathComponent("tripwright.sqlite")
            files = folder.appendingPathComponent("files")
        }
    }

    /// True when the database file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: database.path) }

    /// Creates the folders and opens (creating and migrating) the database.
    public func open() throws -> TripDatabase {
        try FileManager.default.createDirectory(at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
        return try TripDatabase.open(path: database.path)
    }

    /// The absolute URL of a path stored relative to the files folder.
    public func url(ofStored path: String) -> URL { files.appendingPathComponent(path) }
}
