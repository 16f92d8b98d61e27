import Hummingbird
import TripApp
import TripModel

/// 權限 (issue 11, who sees what): an administrator's page of who has access to a delegation,
/// with forms to grant an organiser or viewer account the delegation and to revoke a grant.
/// Everyone else gets 403 (and the overview hides the link). A revoked account's next request
/// answers 404 for the delegation: grants are read with the session on every request.
struct AccessController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/access") { _, context in try await page(context) }
        router.post("/d/:trip/access/grant") { _, context in try await grant(context) }
        router.post("/d/:trip/access/revoke") { _, context in try await revoke(context) }
    }

    func page(_ context: WebContext) async throws -> Response {
        try Access.requireAdministrator(context.requester)
        let read = try await ReadAccess(app.context(context)).run(ReadAccess.Input(trip: try context.parameters.require("trip")))
        let lang = context.lang
        let page = AccessPage(
            trip: TripHeader(read.delegation, requester: context.requester, lang: lang),
            grants: read.grants.map {
                AccessPage.Grant(name: $0.user.name, accountRole: $0.user.role.name.text(lang), role: $0.role.name.text(lang))
            },
            grantable: read.grantable.map { Choice(id: $0.name, name: "\($0.name)（\($0.role.name.text(lang))）", selected: false) },
            mayGrant: !read.grantable.isEmpty,
            roles: [WebRole.organiser, .viewer].map { Choice(id: $0.rawValue, name: $0.name.text(lang), selected: $0 == .viewer) },
            administrators: read.administrators.map(\.name),
            members: read.members.map(\.name)
        )
        return try app.pages.render("access", page, context: context)
    }

    func grant(_ context: WebContext) async throws -> Response {
        try Access.requireAdministrator(context.requester)
        let trip = try context.parameters.require("trip")
        guard let role = WebRole(rawValue: context.form["role"] ?? ""), role.isGranted else { throw Self.roleRefused }
        _ = try await GrantAccess(app.context(context)).run(GrantAccess.Input(name: context.form["name"] ?? "", trip: trip, role: role))
        return app.redirect("/d/\(trip.pathEscaped)/access")
    }

    func revoke(_ context: WebContext) async throws -> Response {
        try Access.requireAdministrator(context.requester)
        let trip = try context.parameters.require("trip")
        _ = try await RevokeAccess(app.context(context)).run(RevokeAccess.Input(name: context.form["name"] ?? "", trip: trip))
        return app.redirect("/d/\(trip.pathEscaped)/access")
    }

    /// A grant form whose role is not one a grant gives.
    static let roleRefused = WebError(
        status: .unprocessableContent,
        message: LocalizedText(zh: "請選擇承辦人或檢視者。", en: "Choose organiser or viewer.")
    )
}
