import Foundation
import Gazetteer
import TripModel
import TripStore

/// What every use case works with, passed in rather than found: where the data lives, the
/// database (opened once by a server, or by each command in the mode its use case needs), the
/// report templates, the clock, the gazetteer, the photo cache and who is asking.
public struct AppContext: Sendable {
    /// The database file and the folder of logged files beside it.
    public let location: DataLocation
    /// The database a server keeps open; nil: each use case opens it in its own mode.
    private(set) var openDatabase: TripDatabase?
    /// A report templates folder replacing the built-in one (`--templates`); nil: the built-in.
    public let templatesFolder: URL?
    /// The clock (the web's `--now` pins it for tests and drills).
    public let now: @Sendable () -> Date
    /// Airports, cities, countries.
    let gazetteer: Gazetteer
    /// Where downscaled photos are kept between reports; nil: the user's cache folder.
    public let photoCache: URL?
    /// Delegations and their checks kept between requests by a server; nil: read each time.
    public private(set) var cache: DelegationCache?
    /// Who is asking (the command line may do everything).
    public private(set) var requester: Requester

    /// A context over a data location; `database` is one already open (a server, a test).
    public init(
        location: DataLocation,
        database: TripDatabase? = nil,
        templatesFolder: URL? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        gazetteer: Gazetteer = .shared,
        photoCache: URL? = nil,
        cache: DelegationCache? = nil,
        requester: Requester = .commandLine
    ) {
        self.location = location
        self.openDatabase = database
        self.templatesFolder = templatesFolder
        self.now = now
        self.gazetteer = gazetteer
        self.photoCache = photoCache
        self.cache = cache
        self.requester = requester
    }

    /// The same context acting for someone else (a web request's signed-in user).
    public func by(_ requester: Requester) -> AppContext {
        var copy = self
        copy.requester = requester
        return copy
    }

    /// The same context over an open database (a server opens it once and keeps it).
    public func with(database: TripDatabase) -> AppContext {
        var copy = self
        copy.openDatabase = database
        return copy
    }

    /// The same context keeping delegations between requests (a server).
    public func with(cache: DelegationCache) -> AppContext {
        var copy = self
        copy.cache = cache
        return copy
    }

    /// The database: the open one, else the file opened in `mode` (`.create` only for use
    /// cases that may make it, `.readOnly` for reads, so a mistyped `--db` never creates one).
    func database(_ mode: TripDatabase.OpenMode) throws -> TripDatabase {
        if let openDatabase { return openDatabase }
        return try location.open(mode)
    }

    /// The date today at a place's zone, by this context's clock.
    func today(in zone: Zone) -> LocalDate {
        Moment(instant: now(), zone: zone).date
    }
}
