import Foundation
import Hummingbird

/// `/static/app.css` and `/static/app.js`: the only files served from disk besides photos, by
/// an allow-list of names.
struct StaticController: Sendable {
    let folder: URL
    static let files = ["app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"]

    func addRoutes(to router: Router<WebContext>) {
        router.get("/static/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard let type = Self.files[name], let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw WebError.notFound(name)
            }
            return Response(
                status: .ok,
                headers: [.contentType: type, .cacheControl: "max-age=300"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        }
    }
}
