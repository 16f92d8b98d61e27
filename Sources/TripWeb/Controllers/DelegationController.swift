import Foundation
import Gazetteer
import Hummingbird
import TripChecks
import TripModel
import TripStore

/// The delegations list, a delegation's overview and its schedule by day.
struct DelegationController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/") { _, context in try list(context) }
        router.get("/d/:trip") { _, context in try overview(context) }
        router.get("/d/:trip/schedule") { request, context in try schedule(request, context) }
    }

    func list(_ context: WebContext) throws -> Response {
        let zh = context.lang == .zh
        let rows: [[String: Any]] = try app.database.delegations().map { s in
            ["id": s.id, "title": s.title, "period": zh ? ROCDate.range(s.start, s.end) : "\(s.start.iso) – \(s.end.iso)",
             "status": s.status.name(context.lang), "members": s.members, "events": s.events]
        }
        return try app.pages.render("list", ["delegations": rows, "empty": rows.isEmpty,
                                             "organiser": context.user?.role == .organiser,
                                             "example": rows.isEmpty && app.config.exampleSeed != nil], context: context)
    }

    func overview(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let lang = context.lang, zh = lang == .zh
        let checks = app.checks(d)
        let labels = DelegationLabels(delegation: d, lang: lang)
        let members: [[String: Any]] = d.members.map { m in
            ["order": m.order, "unit": m.unit, "title": m.title, "name": m.name, "role": m.role.name(lang), "id": m.id]
        }
        let cover: [[String: String]] = [
            ["label": zh ? "計畫名稱" : "Title", "value": d.title],
            ["label": zh ? "出國類別" : "Category", "value": d.category.name(lang)],
            ["label": zh ? "服務機關" : "Agency", "value": d.agency],
            ["label": zh ? "姓名職稱" : "Names and titles", "value": d.namesAndTitles],
            ["label": zh ? "派赴國家" : "Countries", "value": d.countries.map { Gazetteer.countryName($0, lang: lang) }.joined(separator: zh ? "、" : ", ")],
            ["label": zh ? "出國期間" : "Dates", "value": zh ? ROCDate.range(d.start, d.end) : "\(d.start.iso) – \(d.end.iso)"],
            ["label": zh ? "狀態" : "Status", "value": d.status.name(lang)],
            ["label": zh ? "報告期限" : "Report due", "value": zh ? ROCDate.long(d.reportDue) : d.reportDue.iso],
        ]
        let diagnostics: [[String: Any]] = checks.diagnostics.filter { $0.acknowledged == nil }.map { diag in
            ["severity": diag.severity.rawValue, "severityName": zh ? diag.severity.zh : diag.severity.rawValue,
             "code": diag.code.rawValue, "message": diag.message.text(lang), "fix": diag.fix?.text(lang) ?? "", "hasItems": !diag.items.isEmpty,
             "items": diag.items.map { id in ["id": id, "label": itemLabel(id, in: d, labels: labels),
                                              "link": d.events.contains { $0.id == id } ? "/d/\(d.id.pathEscaped)/e/\(id.pathEscaped)" : "/d/\(d.id.pathEscaped)/schedule#\(id)"] }]
        }
        return try app.pages.render("overview", ["trip": app.tripValues(d, context: context), "cover": cover, "members": members,
                                                 "diagnostics": diagnostics, "clean": diagnostics.isEmpty,
                                                 "purpose": d.purpose ?? ""], context: context)
    }

    func schedule(_ request: Request, _ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        let lang = context.lang
        let memberID = request.uri.queryParameters["member"].map(String.init).flatMap { id in d.member(id)?.id }
        let trip = app.tripValues(d, context: context)
        // The days do not depend on who asks: rendered once per delegation state, language and member.
        let body = try app.cache.fragment("schedule|\(lang.rawValue)|\(memberID ?? "")", of: d) {
            let view = ScheduleView(delegation: d, labels: DelegationLabels(delegation: d, lang: lang), checks: app.checks(d))
            let members: [[String: Any]] = d.members.map { ["id": $0.id, "name": $0.name, "selected": $0.id == memberID] }
            var values: [String: Any] = ["trip": trip, "days": view.days(member: memberID), "members": members, "allSelected": memberID == nil]
            if let memberID, let m = d.member(memberID) { values["member"] = ["name": m.name, "title": m.title] }
            return try app.pages.text("schedule-body", values, context: context)
        }
        return try app.pages.render(body: body, ["trip": trip], context: context)
    }

    private func itemLabel(_ id: String, in d: Delegation, labels: DelegationLabels) -> String {
        if let e = d.events.first(where: { $0.id == id }) { return e.title }
        if let l = d.legs.first(where: { $0.id == id }) {
            let leg = labels.leg(l)
            return "\(leg["service"] ?? "") \(leg["from"] ?? "") → \(leg["to"] ?? "")"
        }
        if let s = d.stays.first(where: { $0.id == id }) { return labels.place(s.placeID) }
        return id
    }
}
