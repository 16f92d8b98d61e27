import Foundation
import Hummingbird
import TripModel
import TripStore

/// The members form: each row saves only when changed, all rows in one transaction; a blank
/// name is refused like a missing name in a plan file (removing a member is its own page,
/// with a confirmation).
extension EditController {
    static let memberFields = ["id", "name", "title", "unit", "rank", "email", "role"]

    /// One row of the form as shown.
    struct MemberRow {
        var existing: Bool
        var revision: String
        var state: FormState
    }

    /// Labels of the member fields that differ from the defaults.
    static let memberLabels = ["title": "jobTitle"]

    static func memberValues(_ m: Member) -> [String: String] {
        ["id": m.id, "name": m.name, "title": m.title, "unit": m.unit, "rank": m.rank ?? "", "email": m.email ?? "", "role": m.role.rawValue]
    }

    func membersForm(_ context: WebContext, rows: [MemberRow]? = nil, conflicts: MemberConflicts? = nil,
                     status: HTTPResponse.Status = .ok) throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let lang = context.lang
        let shown = rows ?? d.members.map { m in
            MemberRow(existing: true, revision: EditRevision.of(member: m), state: FormState(values: Self.memberValues(m), messages: [:]))
        } + [MemberRow(existing: false, revision: "", state: FormState(values: ["role": "member"], messages: [:]))]
        let changed = Dictionary((conflicts?.changed ?? []).map { ($0.current.id, $0) }, uniquingKeysWith: { a, _ in a })
        let values: [[String: Any]] = shown.map { row in
            let id = row.state.values["id"] ?? ""
            var v: [String: Any] = ["existing": row.existing, "revision": row.revision, "form": row.state.template,
                                    "leader": row.state.values["role"] == "leader",
                                    "removeLink": row.existing ? "/d/\(d.id.pathEscaped)/members/\(id.pathEscaped)/remove" : ""]
            if let c = changed[id] {
                var theirs = Self.memberValues(c.current), yours = Self.memberValues(c.attempted)
                theirs["role"] = c.current.role.name(lang)
                yours["role"] = c.attempted.role.name(lang)
                v["hasConflict"] = true
                v["conflict"] = ["unit", "title", "name", "rank", "email", "role"].map { key in
                    ["label": FormState.label(Self.memberLabels[key] ?? key).text(lang), "theirs": theirs[key] ?? "", "yours": yours[key] ?? "",
                     "differs": theirs[key] != yours[key]]
                }
            }
            return v
        }
        let removed = (conflicts?.removed ?? []).map { ["id": $0] }
        return try app.pages.render("members-edit", ["trip": app.tripValues(d, context: context), "rows": values,
                                                     "hasErrors": shown.contains { !$0.state.messages.isEmpty },
                                                     "conflicted": conflicts != nil, "removed": removed],
                                    context: context, status: status)
    }

    func saveMembers(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let f = context.form.fields
        let count = f["revision"]?.count ?? 0
        guard count > 0, (f["id"]?.count ?? 0) == count else {
            throw WebError.badRequest("表單缺少版本資訊，請重新整理頁面後再修改。", "The form has no revision; reload the page and edit again.")
        }
        func value(_ key: String, _ i: Int) -> String { (f[key] ?? []).indices.contains(i) ? (f[key] ?? [])[i] : "" }
        var rows: [MemberRow] = [], edits: [MemberEdit] = [], added: [Member] = []
        var refused = false
        for i in 0..<count {
            let typed = Dictionary(uniqueKeysWithValues: Self.memberFields.map { ($0, value($0, i)) })
            let revision = value("revision", i)
            let existing = !revision.isEmpty
            // The empty row left for a new member: nothing typed, nothing to add.
            if !existing && Self.memberFields.filter({ $0 != "role" }).allSatisfy({ typed[$0]?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }) {
                rows.append(MemberRow(existing: false, revision: "", state: FormState(values: typed, messages: [:])))
                continue
            }
            let givenID = typed["id"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if existing, d.member(givenID) == nil {
                refused = true
                rows.append(MemberRow(existing: true, revision: revision, state: FormState(values: typed, message: StoreError.noSuchMember(givenID, delegation: d.id).text(context.lang))))
                continue
            }
            // A new member without an id gets one from the store; the reader still checks the rest.
            let readID = givenID.isEmpty ? "new-member" : givenID
            let values = Self.memberFields.map { PlanValue($0, $0 == "id" ? readID : typed[$0] ?? "") }
            do {
                var m = try reader.readMember(values, in: d)
                if existing {
                    if EditRevision.of(member: m) != revision { edits.append(MemberEdit(id: givenID, revision: revision, member: m)) }
                } else {
                    if !givenID.isEmpty, d.member(givenID) != nil {
                        throw FieldProblems([FieldProblem(key: "id", kind: .plan(.duplicateID(kind: "member", id: givenID, firstLine: 0)))])
                    }
                    m.id = givenID
                    added.append(m)
                }
                rows.append(MemberRow(existing: existing, revision: revision, state: FormState(values: typed, messages: [:])))
            } catch let problems as FieldProblems {
                refused = true
                rows.append(MemberRow(existing: existing, revision: revision, state: FormState(values: typed, problems: problems, lang: context.lang, labels: Self.memberLabels)))
            }
        }
        if refused { return try membersForm(context, rows: rows, status: .unprocessableContent) }
        do {
            let (database, trip, changed, new) = (app.database, d.id, edits, added)
            _ = try await offload { try database.saveMembers(delegation: trip, edits: changed, added: new) }
        } catch let conflicts as MemberConflicts {
            // Conflicting rows show yours, over the current revision: saving again replaces theirs.
            let current = Dictionary(conflicts.changed.map { ($0.current.id, $0.revision) }, uniquingKeysWith: { a, _ in a })
            let shown = rows.map { row -> MemberRow in
                var row = row
                if let id = row.state.values["id"], let revision = current[id] { row.revision = revision }
                return row
            }.filter { !conflicts.removed.contains($0.state.values["id"] ?? "") || !$0.existing }
            return try membersForm(context, rows: shown, conflicts: conflicts, status: .conflict)
        } catch StoreError.idTaken(_, let id) {
            let shown = rows.map { row -> MemberRow in
                guard !row.existing, row.state.values["id"] == id else { return row }
                var row = row
                row.state.messages["id"] = [StoreError.idTaken(kind: "member", id: id).text(context.lang)]
                return row
            }
            return try membersForm(context, rows: shown, status: .unprocessableContent)
        }
        return app.redirect("/d/\(d.id.pathEscaped)")
    }

    // MARK: Removing a member

    func removalPage(_ context: WebContext, status: HTTPResponse.Status = .ok, message: String? = nil) throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let id = try context.parameters.require("member")
        guard let m = d.member(id) else { throw WebError.notFound(id) }
        let problem = try app.database.memberRemovalProblem(delegation: d.id, id: id)
        var values: [String: Any] = ["trip": app.tripValues(d, context: context),
                                     "member": ["id": m.id, "name": m.name, "title": m.title, "unit": m.unit, "revision": EditRevision.of(member: m)],
                                     "refused": problem?.text(context.lang) ?? ""]
        if let message { values["message"] = message }
        return try app.pages.render("member-remove", values, context: context, status: status)
    }

    func removeMember(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context)
        let d = try app.delegation(context)
        let id = try context.parameters.require("member")
        guard let revision = context.form["revision"] else {
            throw WebError.badRequest("表單缺少版本資訊，請重新整理頁面後再試。", "The form has no revision; reload the page and try again.")
        }
        do {
            let (database, trip) = (app.database, d.id)
            try await offload { try database.removeMember(delegation: trip, id: id, revision: revision) }
        } catch is EditConflict<Member> {
            return try removalPage(context, status: .conflict, message: context.lang == .zh
                ? "這位人員的資料在您開啟此頁後已被修改，尚未刪除；請確認目前內容後再決定。"
                : "This member was changed after you opened this page and was not removed; check the current values and decide again.")
        } catch let problem as StoreError {
            if case .memberInUse = problem { return try removalPage(context, status: .conflict) }
            throw problem
        }
        return app.redirect("/d/\(d.id.pathEscaped)/members/edit")
    }
}
