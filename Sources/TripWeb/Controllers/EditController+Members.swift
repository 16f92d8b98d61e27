import Foundation
import Hummingbird
import TripApp
import TripModel

/// The members form: each row saves only when changed, all rows in one transaction; a blank
/// name is refused like a missing name in a plan file (removing a member is its own page,
/// with a confirmation).
extension EditController {
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

    func membersForm(
        _ context: WebContext,
        rows: [MemberRow]? = nil,
        conflicts: MemberConflicts? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let read = try await ShowDelegation(app.context(context)).run(ReadDelegation.Input(trip: try context.parameters.require("trip")))
        let d = read.delegation
        let lang = context.lang
        // The roster's findings, as of the members stored now (so re-checked after each save).
        let roster = read.checks.diagnostics.filter { $0.acknowledged == nil && $0.code.rule == .roster }.map { DiagnosticLine($0, lang: lang) }
        let shown =
            rows ?? d.members.map { m in
                MemberRow(existing: true, revision: EditRevision.of(member: m), state: FormState(values: Self.memberValues(m), messages: [:]))
            } + [MemberRow(existing: false, revision: "", state: FormState(values: ["role": "member"], messages: [:]))]
        let changed = Dictionary((conflicts?.changed ?? []).map { ($0.current.id, $0) }, uniquingKeysWith: { a, _ in a })
        let views = shown.map { row in
            let id = row.state.values["id"] ?? ""
            var compare: [CompareRow]?
            if let c = changed[id] {
                var theirs = Self.memberValues(c.current)
                var yours = Self.memberValues(c.attempted)
                theirs["role"] = c.current.role.name(lang)
                yours["role"] = c.attempted.role.name(lang)
                compare = ["unit", "title", "name", "rank", "email", "role"].map { key in
                    CompareRow(label: FormState.label(Self.memberLabels[key] ?? key).text(lang), theirs: theirs[key] ?? "", yours: yours[key] ?? "")
                }
            }
            return MembersEditPage.Row(
                existing: row.existing,
                legend: Self.legend(of: row, in: d, lang: lang),
                revision: row.revision.nonEmpty,
                form: FormView(row.state),
                roles: MemberRole.allCases.reversed().map { role in
                    Choice(id: role.rawValue, name: role.name(lang), selected: (row.state.values["role"] ?? "member") == role.rawValue)
                },
                removeLink: row.existing ? "/d/\(d.id.pathEscaped)/members/\(id.pathEscaped)/remove" : nil,
                hasConflict: compare == nil ? nil : true,
                conflict: compare
            )
        }
        let refused = shown.filter { !$0.state.messages.isEmpty }
        let concerned = refused.map { Self.legend(of: $0, in: d, lang: lang) }
            .joined(separator: LocalizedText(zh: "、", en: ", ").text(lang))
        let page = MembersEditPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            rows: views,
            hasErrors: !refused.isEmpty,
            concerned: concerned.nonEmpty,
            diagnostics: roster,
            conflicted: conflicts != nil,
            removed: (conflicts?.removed ?? []).map { MembersEditPage.Removed(id: $0) }
        )
        return try app.pages.render("members-edit", page, context: context, status: status)
    }

    func saveMembers(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let trip = try context.parameters.require("trip")
        let f = context.form.fields
        let count = f["revision"]?.count ?? 0
        guard count > 0, (f["id"]?.count ?? 0) == count else { throw WebError.missingRevision() }
        func value(_ key: String, _ i: Int) -> String { (f[key] ?? []).indices.contains(i) ? (f[key] ?? [])[i] : "" }
        let posted = (0..<count).map { i in
            EditMembers.Row(revision: value("revision", i), values: Dictionary(uniqueKeysWithValues: EditMembers.fields.map { ($0, value($0, i)) }))
        }
        var rows = posted.map { MemberRow(existing: $0.existing, revision: $0.revision, state: FormState(values: $0.values, messages: [:])) }
        do {
            try await EditMembers(app.context(context)).run(EditMembers.Input(trip: trip, rows: posted))
        } catch {
            switch error {
            case let .refusedRows(refused):
                for (i, refusal) in refused {
                    switch refusal {
                    case let .values(problems):
                        rows[i].state = FormState(values: posted[i].values, problems: problems, lang: context.lang, labels: Self.memberLabels)
                    case let .removed(error):
                        rows[i].state = FormState(values: posted[i].values, message: error.text(context.lang))
                    }
                }
                return try await membersForm(context, rows: rows, status: .unprocessableContent)
            case let .memberConflicts(conflicts):
                return try await membersForm(context, rows: Self.rows(rows, over: conflicts), conflicts: conflicts, status: .conflict)
            case let .store(.idTaken(_, id)):
                return try await membersForm(context, rows: Self.rows(rows, marking: id, lang: context.lang), status: .unprocessableContent)
            default:
                throw error
            }
        }
        return app.redirect("/d/\(trip.pathEscaped)")
    }

    /// Whose row it is, as its legend and the error notice name it: the stored member's name
    /// (the name as typed may be the refused value), else the new member's.
    static func legend(of row: MemberRow, in d: Delegation, lang: Lang) -> String {
        if row.existing, let id = row.state.values["id"], let m = d.member(id) { return m.name }
        let typed = (row.state.values["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return Word.newMember.text.text(lang) + (typed.isEmpty ? "" : Word.colon.text.text(lang) + typed)
    }

    /// The rows again after a conflict: yours, over the current revision (saving again replaces
    /// theirs); rows of members removed meanwhile go.
    static func rows(_ rows: [MemberRow], over conflicts: MemberConflicts) -> [MemberRow] {
        let current = Dictionary(conflicts.changed.map { ($0.current.id, $0.revision) }, uniquingKeysWith: { a, _ in a })
        return rows.map { row -> MemberRow in
            var row = row
            if let id = row.state.values["id"], let revision = current[id] { row.revision = revision }
            return row
        }.filter { !conflicts.removed.contains($0.state.values["id"] ?? "") || !$0.existing }
    }

    /// The rows again with the new member's row whose id is taken marked.
    static func rows(_ rows: [MemberRow], marking id: String, lang: Lang) -> [MemberRow] {
        rows.map { row -> MemberRow in
            guard !row.existing, row.state.values["id"] == id else { return row }
            var row = row
            row.state.messages["id"] = [StoreError.idTaken(kind: "member", id: id).text(lang)]
            return row
        }
    }

    // MARK: Removing a member

    func removalPage(_ context: WebContext, status: HTTPResponse.Status = .ok, message: String? = nil) async throws -> Response {
        let read = try await ReadMemberRemoval(app.context(context)).run(
            ReadMemberRemoval.Input(
                trip: try context.parameters.require("trip"),
                member: try context.parameters.require("member")
            )
        )
        let m = read.member
        let page = MemberRemovePage(
            trip: TripHeader(read.delegation, requester: context.requester, lang: context.lang),
            member: MemberRemovePage.MemberLine(id: m.id, name: m.name, title: m.title.nonEmpty, unit: m.unit.nonEmpty, revision: read.revision),
            refused: read.problem?.text(context.lang).nonEmpty,
            message: message
        )
        return try app.pages.render("member-remove", page, context: context, status: status)
    }

    func removeMember(_ context: WebContext) async throws -> Response {
        try Access.requireOrganiser(context.requester, on: try context.parameters.require("trip"))
        let trip = try context.parameters.require("trip")
        let id = try context.parameters.require("member")
        guard let revision = context.form["revision"] else { throw WebError.missingRevision(retry: true) }
        do {
            try await RemoveMember(app.context(context)).run(RemoveMember.Input(trip: trip, member: id, revision: revision))
        } catch {
            switch error {
            case .memberChanged:
                return try await removalPage(context, status: .conflict, message: Self.changedMeanwhile.text(context.lang))
            case .store(.memberInUse):
                return try await removalPage(context, status: .conflict)
            default:
                throw error
            }
        }
        return app.redirect("/d/\(trip.pathEscaped)/members/edit")
    }

    /// Why a confirmed removal was not done.
    static let changedMeanwhile = LocalizedText(
        zh: "這位人員的資料在您開啟此頁後已被修改，尚未刪除；請確認目前內容後再決定。",
        en: "This member was changed after you opened this page and was not removed; check the current values and decide again."
    )
}
