import Foundation
import Hummingbird
import TripApp
import TripModel

/// Builds the web app over the application's context (its database open, as `OpenServer`
/// leaves it): pages, forms, uploads, sign-in, calendar feeds. `serve` runs it; tests call it
/// with an in-memory database and `app.test(.router)`.
public func buildApplication(_ config: WebConfig, context: AppContext) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(config, context: context)
    return Application(router: router, configuration: .init(address: .hostname(config.host, port: config.port), serverName: "tripwright"))
}

/// Builds the web app and serves it until the process is asked to stop (Ctrl-C, SIGTERM).
public func runServer(_ config: WebConfig, context: AppContext) async throws {
    try await buildApplication(config, context: context).runService()
}

/// Builds the web app over an open database, with the configuration's data location and clock.
public func buildApplication(_ config: WebConfig, database: TripDatabase) async throws -> some ApplicationProtocol {
    try await buildApplication(config, context: config.context(database: database))
}

/// The router alone (the routes and their middleware).
func buildRouter(_ config: WebConfig, context: AppContext) async throws -> Router<WebContext> {
    guard let resources = WebResources.locate(config.resources) else {
        throw WebStartError.resources("templates not found beside the program or in Sources/TripWeb/Resources")
    }
    let pages = try await Pages(resources: resources)
    let cache = context.cache ?? DelegationCache()
    let app = WebApp(context: context.with(cache: cache), config: config, pages: pages, cache: cache)
    let secret = try await ServerSecret(app.context).run(ServerSecret.Input(name: "csrf"))
    // HEAD answers like GET without a body, on every GET route (Hummingbird makes them).
    let router = Router(context: WebContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware(https: config.isHTTPS))
    router.add(middleware: ErrorPageMiddleware(pages: pages, paths: ServerPaths(location: config.location, resources: resources)))
    if !config.authRequired { router.add(middleware: LoopbackHostMiddleware()) }
    router.add(middleware: SessionMiddleware(app: app.context, config: config, csrf: CSRF(serverSecret: secret), cache: cache))
    router.get("/healthz") { _, _ in "ok" }
    StaticController(folder: pages.staticFolder).addRoutes(to: router)
    SignInController(app: app).addRoutes(to: router)
    DelegationController(app: app).addRoutes(to: router)
    TodayController(app: app).addRoutes(to: router)
    EventController(app: app).addRoutes(to: router)
    CorrectionController(app: app).addRoutes(to: router)
    PressController(app: app).addRoutes(to: router)
    PlanController(app: app).addRoutes(to: router)
    ReportController(app: app).addRoutes(to: router)
    OutlineController(app: app).addRoutes(to: router)
    ProseController(app: app).addRoutes(to: router)
    CalendarController(app: app).addRoutes(to: router)
    EditController(app: app).addRoutes(to: router)
    NewDelegationController(app: app).addRoutes(to: router)
    PlaceSearchController(app: app).addRoutes(to: router)
    ItemAddController(app: app).addRoutes(to: router)
    ItemEditController(app: app).addRoutes(to: router)
    ItemDeleteController(app: app).addRoutes(to: router)
    DayOrderController(app: app).addRoutes(to: router)
    DelegationEditController(app: app).addRoutes(to: router)
    PressEditController(app: app).addRoutes(to: router)
    FollowUpController(app: app).addRoutes(to: router)
    AccessController(app: app).addRoutes(to: router)
    return router
}
