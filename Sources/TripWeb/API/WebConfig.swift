import Foundation
import TripApp
import TripModel

/// What the web app needs to start: where to listen, where the data is, sign-in mode, clock.
public struct WebConfig: Sendable {
    /// Host to bind (loopback by default).
    public var host: String
    /// Port to bind.
    public var port: Int
    /// The database file and the files folder beside it.
    public var location: DataLocation
    /// True when every page needs sign-in (any non-loopback address, or `--auth`).
    public var authRequired: Bool
    /// The clock; the browser tests pin it (`--now`).
    public var now: @Sendable () -> Date
    /// The folder holding `templates/` and `static/` (nil: the bundled resources).
    public var resources: URL?
    /// Largest upload request (photos, clippings, plan files), in bytes.
    public var maxUploadBytes: Int
    /// Largest plain form post, in bytes.
    public var maxFormBytes: Int
    /// Seconds one unit of sign-in slow-down lasts (tests set 0).
    public var throttleUnit: Double
    /// Language when the browser has not chosen one.
    public var defaultLang: Lang
    /// A plan file an empty database offers to import with one button (the Kyushu seed).
    public var exampleSeed: URL?
    /// Where downscaled report photos are kept (nil: the user's cache folder; tests use their own).
    public var photoCache: URL?

    /// Creates a configuration; sign-in is required unless the host is a loopback address.
    public init(host: String = "127.0.0.1", port: Int = 8080, location: DataLocation, authRequired: Bool? = nil,
                now: @escaping @Sendable () -> Date = { Date() }, resources: URL? = nil,
                maxUploadBytes: Int = 40 * 1024 * 1024, maxFormBytes: Int = 256 * 1024,
                throttleUnit: Double = 1, defaultLang: Lang = .zh, exampleSeed: URL? = nil, photoCache: URL? = nil) {
        self.host = host
        self.port = port
        self.location = location
        self.authRequired = authRequired ?? !WebConfig.isLoopback(host)
        self.now = now
        self.resources = resources
        self.maxUploadBytes = maxUploadBytes
        self.maxFormBytes = maxFormBytes
        self.throttleUnit = throttleUnit
        self.defaultLang = defaultLang
        self.exampleSeed = exampleSeed
        self.photoCache = photoCache
    }

    /// The application's context over an open database, with this configuration's data
    /// location, clock and photo cache.
    public func context(database: TripDatabase) -> AppContext {
        AppContext(location: location, database: database, now: now, photoCache: photoCache)
    }

    /// True for 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
