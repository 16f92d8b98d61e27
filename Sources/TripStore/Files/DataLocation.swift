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
    /// Why there is no default location (HOME unset and nothing else given); nil when there is one.
    public let unavailable: StoreError?

    /// The location for an explicit database path (nil: the environment or the default).
    public init(databasePath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var unavailable: StoreError?
        if let path = databasePath ?? environment["TRIPWRIGHT_DB"], !path.isEmpty {
            let expanded = DataLocation.expandingTilde(path, home: environment["HOME"])
            let url = URL(fileURLWithPath: expanded)
            database = url
            files = url.deletingPathExtension().appendingPathExtension("files")
        } else {
            let base: URL
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
                base = URL(fileURLWithPath: xdg)
            } else if let home = environment["HOME"], !home.isEmpty {
                base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
            } else {
                // Guessing a home folder (the password file's, or the working folder) would put
                // the data somewhere the user never looks: say so instead.
                base = URL(fileURLWithPath: "/").appendingPathComponent(".local/share")
                unavailable = .noHome
            }
            let folder = base.appendingPathComponent("tripwright")
            database = folder.appendingPathComponent("tripwright.sqlite")
            files = folder.appendingPathComponent("files")
        }
        self.unavailable = unavailable
    }

    /// `~/x` under HOME (when set), `~user/x` under that user's home; other paths unchanged.
    static func expandingTilde(_ path: String, home: String?) -> String {
        guard path.hasPrefix("~") else { return path }
        if path == "~" || path.hasPrefix("~/") {
            guard let home, !home.isEmpty else { return path }
            return home + path.dropFirst()
        }
        return (path as NSString).expandingTildeInPath
    }

    /// True when the database file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: database.path) }

    /// Opens the database: `.create` (the default) creates the folder and file when missing;
    /// `.existing` and `.readOnly` never create anything and say when the file is missing.
    public func open(_ mode: TripDatabase.OpenMode = .create) throws -> TripDatabase {
        if let unavailable { throw unavailable }
        return try TripDatabase.open(path: database.path, mode: mode)
    }

    /// The absolute URL of a path stored relative to the files folder.
    public func url(ofStored path: String) -> URL { files.appendingPathComponent(path) }
}
