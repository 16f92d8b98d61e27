import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import TripModel
import TripStore
import TripWeb

/// `tripwright serve`: the web app (plan, log, report) for the browser.
struct Serve: ParsableCommand {
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
        if let now, Serve.instant(now) == nil {
            throw ValidationError("--now 需為 ISO 8601 時間，例如 2025-09-01T10:30:00+09:00。 --now must be ISO 8601, e.g. 2025-09-01T10:30:00+09:00.")
        }
        guard (1...65535).contains(port) else { throw ValidationError("--port 需在 1–65535。 --port must be 1–65535.") }
    }

    static func instant(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }

    func run() throws {
        let lang = global.lang
        let db = try global.open(.create)
        // Files a killed server or command left half-written, or with no row, go before serving.
        let swept = db.sweepFiles(vault: FileVault(root: global.location.files))
        if !swept.isEmpty {
            say(lang == .zh ? "已清除 \(swept.count) 個先前中斷時留下的未完成檔案。" : "Removed \(swept.count) files left unfinished by an interrupted run.")
        }
        // A pinned clock moves on from the given instant, so "now" still advances during a test.
        let clock: @Sendable () -> Date
        if let now, let start = Serve.instant(now) {
            let began = Date()
            clock = { start.addingTimeInterval(Date().timeIntervalSince(began)) }
        } else {
            clock = { Date() }
        }
        let config = WebConfig(host: host, port: port, location: global.location, authRequired: auth ? true : nil,
                               now: clock, defaultLang: lang, exampleSeed: Demo.findSeed("kyushu-2025.yaml"))
        let signIn = config.authRequired ? (lang == .zh ? "需登入（以 tripwright user add 建立帳號）" : "sign-in required (tripwright user add)")
            : (lang == .zh ? "本機使用，免登入" : "local use, no sign-in")
        let shownHost = host.contains(":") ? "[\(host)]" : host
        say(lang == .zh ? "Tripwright 網頁已啟動：http://\(shownHost):\(port)/ （\(signIn)；資料庫 \(global.location.database.path)；按 Ctrl-C 結束）"
                          : "Tripwright is serving at http://\(shownHost):\(port)/ (\(signIn); database \(global.location.database.path); Ctrl-C to stop)")
        fflush(nil)  // all C streams: print() may be buffered when stdout is a file
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let app = try await buildApplication(config, database: db)
                try await app.runService()
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw CLIError("\(error)") }
    }
}

/// Carries the server's failure from its task back to the command.
final class ServeOutcome: @unchecked Sendable {
    var error: (any Error)?
}
