import Foundation
import Hummingbird
import TripMedia
import TripModel
import TripStore

/// Press clippings: list and add (outlet, date, headline, link, image).
struct PressController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/press") { _, context in try page(context) }
        router.post("/d/:trip/press") { _, context in try add(context) }
        router.get("/d/:trip/press/:id/image") { _, context in try image(context) }
    }

    func page(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let items: [[String: Any]] = d.press.map { p in
            ["date": p.date.iso, "outlet": p.outlet, "headline": p.headline ?? "",
             "url": p.url.flatMap { Self.safeURL($0) } ?? "", "remark": p.remark ?? "",
             "image": p.image == nil ? "" : "/d/\(d.id.pathEscaped)/press/\(p.id.pathEscaped)/image"]
        }
        let events = d.events.map { ["id": $0.id, "title": $0.title] }
        return try app.pages.render("press", ["trip": app.tripValues(d, context: context), "items": items, "events": events,
                                              "today": Moment(instant: app.config.now(), zone: d.homeZone).date.iso], context: context)
    }

    func add(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        try Access.requireLog(context, on: d)
        guard let outlet = context.form["outlet"], let date = context.form["date"].flatMap({ LocalDate(iso: $0) }) else {
            throw WebError.badRequest("請填媒體與日期（YYYY-MM-DD）。", "Give the outlet and the date (YYYY-MM-DD).")
        }
        var url: String?
        if let link = context.form["url"] {
            guard let safe = Self.safeURL(link) else { throw WebError.badRequest("連結須以 http:// 或 https:// 開頭。", "The link must start with http:// or https://.") }
            url = safe
        }
        var image: String?
        if let file = context.form.files.first(where: { $0.field == "image" }) {
            let format: ImageFormat
            do {
                format = try MediaCheck.decode(file.data, name: file.fileName, accepting: ImageType.uploadable).format
            } catch {
                throw WebError.media(error)
            }
            image = try FileVault(root: app.config.location.files).store(data: file.data, fileExtension: format.fileExtension, in: "press/\(d.id)").path
        }
        let taken = Set(d.press.map(\.id))
        let id = (d.press.count + 1...d.press.count + 1000).map { "press-\($0)" }.first { !taken.contains($0) } ?? "press-\(UUID().uuidString.prefix(8))"
        let event = context.form["event"].flatMap { id in d.events.contains { $0.id == id } ? id : nil }
        try app.database.savePress(PressItem(id: id, date: date, outlet: outlet, headline: context.form["headline"], url: url,
                                             image: image, eventID: event), delegation: d.id)
        return app.redirect("/d/\(d.id.pathEscaped)/press")
    }

    func image(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let id = try context.parameters.require("id")
        guard let path = d.press.first(where: { $0.id == id })?.image,
              let data = FileManager.default.contents(atPath: app.config.location.url(ofStored: path).path),
              let type = ImageType.sniff(data) else { throw WebError.notFound(id) }
        return Response(status: .ok, headers: [.contentType: type.mediaType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Only http and https links are shown or stored (no `javascript:` links).
    static func safeURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return text
    }
}
