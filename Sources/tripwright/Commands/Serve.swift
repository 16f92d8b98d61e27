import ArgumentParser
import Foundation
import TripApp
import TripModel
import TripWeb

/// `tripwright serve`: the web app (plan, log, report) for the browser.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "啟動網頁版（本機免登入；其他位址或 --auth 需登入）。 Serve the web app (sign-in off on loopback unless --auth).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "監聽位址（預設 127.0.0.1）。 Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "連接埠（預設 8080）。 Port.")
    var port = 8080

    @Flag(name: .long, help: "在本機也要求登入。 Require sign-in on loopback too.")
    var auth = false

    @Option(name: .long, help: "假定的現在時間（ISO 8601，例如 2025-09-01T10:30:00+09:00），供測試與演練。 Pretend it is this time (ISO 8601).")
    var now: String?

    func validate() throws {
        let lang = global.lang
        if let now, Serve.instant(now) == nil {
            throw ValidationError(LocalizedText(zh: "--now 需為 ISO 8601 時間，例如 2025-09-01T10:30:00+09:00。",
                                                en: "--now must be ISO 8601, e.g. 2025-09-01T10:30:00+09:00.").text(lang))
        }
        guard (1...65535).contains(port) else {
            throw ValidationError(LocalizedText(zh: "--port 需在 1–65535。", en: "--port must be 1–65535.").text(lang))
        }
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
            say(LocalizedText(zh: "已清除 \(opened.swept.count) 個先前中斷時留下的未完成檔案。",
                              en: "Removed \(opened.swept.count) files left unfinished by an interrupted run.").text(lang))
        }
        let config = WebConfig(host: host, port: port, location: global.location, authRequired: auth ? true : nil,
                               now: clock, defaultLang: lang, exampleSeed: Demo.findSeed("kyushu-2025.yaml"))
        let signIn = config.authRequired ? LocalizedText(zh: "需登入（以 tripwright user add 建立帳號）", en: "sign-in required (tripwright user add)")
                                         : LocalizedText(zh: "本機使用，免登入", en: "local use, no sign-in")
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let path = global.location.database.path
        say(LocalizedText(zh: "Tripwright 網頁已啟動：http://\(shownHost):\(port)/ （\(signIn.zh)；資料庫 \(path)；按 Ctrl-C 結束）",
                          en: "Tripwright is serving at http://\(shownHost):\(port)/ (\(signIn.en); database \(path); Ctrl-C to stop)").text(lang))
        fflush(nil)  // all C streams: print() may be buffered when stdout is a file
        do {
            try await runServer(config, context: opened.context)
        } catch {
            throw CLIError(LocalizedText(zh: "\(error)", en: "\(error)"))
        }
    }
}
