import ArgumentParser
import Foundation
import TripApp
import TripModel
import TripWeb

/// `tripwright serve`: the web app (plan, log, report) for the browser.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "啟動網頁版（本機免登入；其他位址或 --auth 需登入）。 Serve the web app (sign-in off on loopback unless --auth)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "監聽位址（預設 127.0.0.1）。 Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "連接埠（預設 8080）。 Port.")
    var port = 8080

    @Flag(name: .long, help: "在本機也要求登入。 Require sign-in on loopback too.")
    var auth = false

    @Option(
        name: .long,
        help: """
            使用者連線的網址（在反向代理之後，例如 https://trips.example.gov.tw/）；https 時 cookie 加 Secure 並送出 HSTS。 \
            The address users reach the app at, behind a reverse proxy; with https, cookies are Secure and HSTS is sent.
            """
    )
    var publicURL: String?

    @Option(name: .long, help: "登入有效天數（1–365，預設 30）。 Days a sign-in lasts (1–365, default 30).")
    var sessionDays = 30

    @Option(name: .long, help: "假定的現在時間（ISO 8601，例如 2025-09-01T10:30:00+09:00），供測試與演練。 Pretend it is this time (ISO 8601).")
    var now: String?

    func validate() throws {
        let lang = global.lang
        if let now, Serve.instant(now) == nil {
            throw ValidationError(
                LocalizedText(
                    zh: "--now 需為 ISO 8601 時間，例如 2025-09-01T10:30:00+09:00。",
                    en: "--now must be ISO 8601, e.g. 2025-09-01T10:30:00+09:00."
                ).text(lang)
            )
        }
        if let publicURL, Serve.origin(publicURL) == nil {
            throw ValidationError(
                LocalizedText(
                    zh: "--public-url「\(publicURL)」須是 http:// 或 https:// 開頭、只含主機名稱（與連接埠）的網址，例如 https://trips.example.gov.tw/；請改寫。",
                    en:
                        "--public-url '\(publicURL)' must be an http:// or https:// address with a host (and port) and no path, e.g. https://trips.example.gov.tw/."
                ).text(lang)
            )
        }
        guard (1...365).contains(sessionDays) else {
            throw ValidationError(LocalizedText(zh: "--session-days 需在 1–365，請改寫。", en: "--session-days must be 1–365.").text(lang))
        }
        guard (1...65535).contains(port) else {
            throw ValidationError(LocalizedText(zh: "--port 需在 1–65535。", en: "--port must be 1–65535.").text(lang))
        }
    }

    /// A public address as an origin URL (scheme http or https, a host, no path, query or
    /// credentials), or nil.
    static func origin(_ text: String) -> URL? {
        guard var components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil,
            components.user == nil, components.password == nil, (components.port ?? 1).isValidPort
        else { return nil }
        // Scheme and host are case-insensitive: the links are written in lower case.
        components.scheme = scheme
        components.host = host.lowercased()
        components.path = "/"
        return components.url
    }

    static func instant(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }

    func run() async throws {
        let lang = global.lang
        // A pinned clock moves on from the given instant, so "now" still advances during a test.
        let clock: @Sendable () -> Date
        if let now, let start = Serve.instant(now) {
            let began = Date()
            clock = { start.addingTimeInterval(Date().timeIntervalSince(began)) }
        } else {
            clock = { Date() }
        }
        // The store opened once; files a killed server or command left half-written, or with no row, go before serving.
        let opened = try await reporting(lang) { try await OpenServer(AppContext(location: global.location, now: clock)).run() }
        if !opened.swept.isEmpty {
            say(
                LocalizedText(
                    zh: "已清除 \(opened.swept.count) 個先前中斷時留下的未完成檔案。",
                    en: "Removed \(opened.swept.count) files left unfinished by an interrupted run."
                ).text(lang)
            )
        }
        var config = WebConfig(
            host: host,
            port: port,
            location: global.location,
            authRequired: auth ? true : nil,
            now: clock,
            defaultLang: lang,
            exampleSeed: ExamplePlan.kyushu ?? Demo.findSeed("kyushu-2025.yaml")
        )
        config.publicURL = publicURL.flatMap(Serve.origin)
        config.sessionLength = TimeInterval(sessionDays) * 24 * 3600
        let signIn =
            config.authRequired
            ? LocalizedText(zh: "需登入（以 tripwright user add 建立帳號）", en: "sign-in required (tripwright user add)")
            : LocalizedText(zh: "本機使用，免登入", en: "local use, no sign-in")
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let path = global.location.database.path
        say(
            LocalizedText(
                zh: "Tripwright 網頁已啟動：http://\(shownHost):\(port)/ （\(signIn.zh)；資料庫 \(path)；按 Ctrl-C 結束）",
                en: "Tripwright is serving at http://\(shownHost):\(port)/ (\(signIn.en); database \(path); Ctrl-C to stop)"
            ).text(lang)
        )
        if let publicURL = config.publicURL {
            say(
                LocalizedText(
                    zh: "對外網址：\(publicURL.absoluteString)（訂閱連結以此寫出\(config.isHTTPS ? "；cookie 加 Secure，並送出 HSTS" : "")）",
                    en: "Public address: \(publicURL.absoluteString) (feed links use it\(config.isHTTPS ? "; Secure cookies and HSTS" : ""))"
                ).text(lang)
            )
        }
        fflush(nil)  // all C streams: print() may be buffered when stdout is a file
        do {
            try await runServer(config, context: opened.context)
        } catch {
            throw CLIError(LocalizedText(zh: "\(error)", en: "\(error)"))
        }
    }
}

extension Int {
    /// 1–65535.
    fileprivate var isValidPort: Bool { (1...65535).contains(self) }
}
