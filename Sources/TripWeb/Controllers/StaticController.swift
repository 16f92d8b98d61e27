import Foundation
import Hummingbird

/// `/static/NAME` (styles, script, the web app manifest and its icons) and the service worker
/// `/sw.js`: the only files served from disk besides photos, by an allow-list of names.
struct StaticController: Sendable {
    let folder: URL
    static let files = [
        "app.css": "text/css; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "manifest.webmanifest": "application/manifest+json",
        "icon-192.png": "image/png",
        "icon-512.png": "image/png",
    ]
    /// The service worker's path: at the root, so its scope covers every page without
    /// `Service-Worker-Allowed`.
    static let serviceWorker = "/sw.js"

    func addRoutes(to router: Router<WebContext>) {
        router.get("/static/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard let type = Self.files[name] else { throw WebError.notFound(name) }
            return try file(name, type: type, cache: "max-age=300")
        }
        // Checked by the browser on every visit (no-cache): a new release's worker is taken up at once.
        router.get(RouterPath(Self.serviceWorker)) { _, _ -> Response in
            try file("sw.js", type: "text/javascript; charset=utf-8", cache: "no-cache")
        }
    }

    private func file(_ name: String, type: String, cache: String) throws -> Response {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            throw WebError.notFound(name)
        }
        return Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: cache],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
