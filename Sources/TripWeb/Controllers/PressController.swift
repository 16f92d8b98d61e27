import Foundation
import Hummingbird
import TripApp
import TripModel

/// Press clippings: list and add (outlet, date, headline, link, image).
struct PressController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/press") { request, context in try await page(context, page: try WebApp.pageRequest(request)) }
        router.post("/d/:trip/press") { _, context in try await add(context) }
        router.get("/d/:trip/press/:id/image") { request, context in try await image(request, context) }
    }

    static let fields = ["outlet", "date", "headline", "url", "event"]

    /// The clippings, a page at a time (`?page=N`; a refused form shows the first page again),
    /// and the form to add one.
    func page(
        _ context: WebContext,
        page request: PageRequest = PageRequest(),
        form: FormState? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let d = try await app.delegation(context)
        // By date of publication, clippings of one date in plan order (the plan's order is the
        // order they were logged, not the order they appeared); then a page of them. The report
        // keeps its own order (positions); each clipping's controls move it earlier or later there.
        let ordered = d.press.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map { (position: $0.offset, clipping: $0.element) }
        let shown = PageOf(slicing: ordered, request)
        let items = shown.rows.map { i, p in
            let links = p.image.map {
                ImageRequest.Links("/d/\(d.id.pathEscaped)/press/\(p.id.pathEscaped)/image", version: ReadStoredFile.version(ofStored: $0))
            }
            return PressPage.Clipping(
                date: LocalizedText(zh: ROCDate.long(p.date), en: p.date.iso).text(context.lang),
                outlet: p.outlet,
                headline: p.headline?.nonEmpty,
                url: p.url.flatMap { Self.safeURL($0) }?.nonEmpty,
                remark: p.remark?.nonEmpty,
                image: links?.thumbnail,
                imageView: links?.view,
                original: links?.original,
                action: "/d/\(d.id.pathEscaped)/press/\(p.id.pathEscaped)",
                up: i > 0,
                down: i < d.press.count - 1
            )
        }
        let chosen = form?.values["event"] ?? ""
        let today = Moment(instant: app.context.now(), zone: d.homeZone).date.iso
        let state = form ?? FormState(values: ["date": today], messages: [:])
        let page = PressPage(
            trip: TripHeader(d, requester: context.requester, lang: context.lang),
            items: items,
            events: d.events.map { Choice(id: $0.id, name: $0.title, selected: $0.id == chosen) },
            form: FormView(state),
            hasErrors: form != nil,
            pager: Pager(shown, path: "/d/\(d.id.pathEscaped)/press", lang: context.lang)
        )
        return try app.pages.render("press", page, context: context, status: status)
    }

    /// Adds a clipping: its values read as a plan's `press:` entry, its image stored with it, and
    /// its id allocated inside the transaction that stores it (never from an earlier read).
    func add(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip")
        let typed = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, context.form.fields[$0]?.first ?? "") })
        let image = context.form.files.first { $0.field == "image" }.map {
            LogPress.Image.upload(LogPhotos.Upload(fileName: $0.fileName, data: $0.data))
        }
        let fields = LogPress.Fields(
            date: typed["date"],
            outlet: typed["outlet"],
            headline: typed["headline"],
            url: typed["url"],
            event: typed["event"]
        )
        do {
            try await LogPress(app.context(context)).run(LogPress.Input(trip: ReadDelegation.Input(trip: trip), fields: fields, image: image))
        } catch {
            switch error {
            case let .refused(problems):
                return try await page(context, form: FormState(values: typed, problems: problems, lang: context.lang), status: .unprocessableContent)
            default:
                throw error
            }
        }
        return app.redirect("/d/\(trip.pathEscaped)/press")
    }

    /// A clipping's image: the downscaled copy, `?size=thumb` the list's, `?original=1` the file
    /// as logged (a download); see `ImageRequest`.
    func image(_ request: Request, _ context: WebContext) async throws -> Response {
        let asked = try ImageRequest.of(request)
        let image = try await ReadStoredFile(app.context(context)).run(
            .pressImage(
                trip: try context.parameters.require("trip"),
                id: try context.parameters.require("id"),
                rendition: asked.rendition
            )
        )
        return ImageResponse.make(image, asked: asked, request: request)
    }

    /// Only http and https links are shown (no `javascript:` links).
    static func safeURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            return nil
        }
        return text
    }
}
