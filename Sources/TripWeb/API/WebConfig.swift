import Foundation
import Hummingbird
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
    /// The address users reach the app at, when it is not `http://host:port/` (behind a reverse
    /// proxy: `https://trips.example.gov.tw/`). With https, cookies carry `Secure` and HSTS is sent;
    /// calendar feed links are written with it.
    public var publicURL: URL?
    /// How long a sign-in lasts, in seconds (default 30 days).
    public var sessionLength: TimeInterval = 30 * 24 * 3600

    /// Creates a configuration; sign-in is required unless the host is a loopback address.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        location: DataLocation,
        authRequired: Bool? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        resources: URL? = nil,
        maxUploadBytes: Int = 40 * 1024 * 1024,
        maxFormBytes: Int = 256 * 1024,
        throttleUnit: Double = 1,
        defaultLang: Lang = .zh,
        exampleSeed: URL? = nil,
        photoCache: URL? = nil
    ) {
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

    /// True when the app is reached over HTTPS (`publicURL` is https): cookies are `Secure` and
    /// responses carry HSTS.
    public var isHTTPS: Bool { publicURL?.scheme?.lowercased() == "https" }

    /// The origin links are written with: `publicURL` without a trailing slash, else
    /// `http://` and the request's own host (or the address listened on).
    /// A Host header that is not a plain host and port (a comma, a slash, a space…) is not
    /// copied into links: the address listened on is used instead.
    public func origin(requestHost: String?) -> String {
        if let publicURL {
            let text = publicURL.absoluteString
            return text.hasSuffix("/") ? String(text.dropLast()) : text
        }
        if let requestHost, WebConfig.isPlainAuthority(requestHost) { return "http://\(requestHost)" }
        return "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// True for `host`, `host:port` or `[v6]:port` written with letters, digits, `.`, `-`, `:`,
    /// `[` and `]` only, at most 255 characters.
    /// Read byte by byte: without sign-in every request's Host header comes through here
    /// (`LoopbackHostMiddleware`), and Foundation's `CharacterSet` took 6 % of `/healthz`.
    static func isPlainAuthority(_ text: String) -> Bool {
        let bytes = text.utf8
        return !bytes.isEmpty && bytes.count <= 255
            && bytes.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
                case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"): true
                default: false
                }
            }
    }

    /// True when a Host header names a loopback address (with or without a port).
    static func isLoopbackAuthority(_ text: String) -> Bool {
        guard isPlainAuthority(text) else { return false }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") { return isLoopback(String(text[...close])) }
        let host = text.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? text
        return text.filter({ $0 == ":" }).count > 1 ? isLoopback(text) : isLoopback(host.lowercased())
    }

    /// A cookie of the app: HttpOnly, `Secure` over HTTPS, with the given SameSite.
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil, path: String = "/", sameSite: Cookie.SameSite = .lax) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: isHTTPS, httpOnly: true, sameSite: sameSite)
    }

    /// True for 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        // 127.x.y.z written as four numbers: a name such as 127.0.0.1.example resolves anywhere.
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127"
            && parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) }
    }
}
