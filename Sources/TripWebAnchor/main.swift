import Foundation
import Hummingbird

// tripwright-web-anchor: Hummingbird with one bare route, `GET /healthz` answering `ok`, and
// nothing else (no middleware, no database). tools/bench_web.sh measures it in the same run as
// the app's own `/healthz`, as the anchor of issue 14 §3 (a static route at ≥ 0.8× the bare one).
//   tripwright-web-anchor PORT

let arguments = CommandLine.arguments
guard arguments.count == 2, let port = Int(arguments[1]), (1...65535).contains(port) else {
    print("usage: tripwright-web-anchor PORT (1–65535)")
    exit(2)
}
let router = Router()
router.get("/healthz") { _, _ in "ok" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "tripwright"))
try await app.runService()
