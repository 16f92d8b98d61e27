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
        router.post("/d/:trip/press") { _, context in try await add(context) }
        router.get("/d/:trip/press/:id/image") { _, context in try image(context) }
    }

    func page(_ context: WebContext, form: FormState? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let d = try app.delegation(context)
        let items: [[String: Any]] = d.press.map { p in
            ["date": p.date.iso, "outlet": p.outlet, "headline": p.headline ?? "",
             "url": p.url.flatMap { Self.safeURL($0) } ?? "", "remark": p.remark ?? "",
             "image": p.image == nil ? "" : "/d/\(d.id.pathEscaped)/press/\(p.id.pathEscaped)/image"]
        }
        let chosen = form?.values["event"] ?? ""
        let events = d.events.map { ["id": $0.id, "title": $0.title, "selected": $0.id == chosen] }
        let today = Moment(instant: app.config.now(), zone: d.homeZone).date.iso
        let state = form ?? FormState(values: ["date": today], messages: [:])
        return try app.pages.render("press", ["trip": app.tripValues(d, context: context), "items": items, "events": events,
                                              "form": state.template, "hasErrors": form != nil], context: context, status: status)
    }

    /// Adds a clipping: its values read as a plan's `press:` entry, its image stored with it, and
    /// its id allocated inside the transaction that stores it (never from an earlier read).
    func add(_ context: WebContext) async throws -> Response {
        let d = try app.delegation(context)
        try Access.requireLog(context, on: d)
        let names = ["outlet", "date", "headline", "url", "event"]
        let typed = Dictionary(uniqueKeysWithValues: names.map { ($0, context.form.fields[$0]?.first ?? "") })
        let item: PressItem
        do {
            // The id is the store's to give; the reader needs one, so a placeholder stands in.
            item = try PlanImporter(location: app.config.location).reader.readPressItem(
                [PlanValue("id", "press-new")] + names.map { PlanValue($0, typed[$0] ?? "") }, in: d, baseDirectory: app.config.location.files)
        } catch {
            return try page(context, form: FormState(values: typed, problems: error, lang: context.lang), status: .unprocessableContent)
        }
        if let link = item.url, Self.safeURL(link) == nil {
            let message = context.lang == .zh ? "連結須以 http:// 或 https:// 開頭。" : "The link must start with http:// or https://."
            var state = FormState(values: typed, messages: [:])
            state.messages["url"] = [message]
            return try page(context, form: state, status: .unprocessableContent)
        }
        var uploads: [(source: FileVault.Source, folder: String)] = []
        if let file = context.form.files.first(where: { $0.field == "image" }) {
            // The image must decode completely before anything is stored.
            let format: ImageFormat
            do {
                format = try MediaCheck.decode(file.data, name: file.fileName, accepting: ImageType.uploadable).format
            } catch {
                throw WebError.media(error)
            }
            uploads.append((.data(file.data, fileExtension: format.fileExtension), "press/\(d.id)"))
        }
        let database = app.database, vault = FileVault(root: app.config.location.files), trip = d.id, files = uploads
        _ = try await offload {
            try database.storingFiles(files, vault: vault) { stored in
                try database.logPress(delegation: trip, id: nil, change: PressChange(
                    date: item.date, outlet: item.outlet, headline: item.headline, url: item.url,
                    image: stored.first.map { .some($0.path) }, eventID: item.eventID.map { .some($0) }))
            }
        }
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
