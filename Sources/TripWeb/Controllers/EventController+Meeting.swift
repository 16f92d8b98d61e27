import Foundation
import Hummingbird
import TripApp
import TripModel

// What came of a meeting, logged from its page: people met, outcomes and follow-ups (with the
// follow-up's owner offered among the members in its correction form).
extension EventController {
    func addCounterpart(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        // The form's "personTitle" is the plan's "title" (the page has a title of its own).
        let typed = typed(context, ["name", "personTitle", "organisation"])
        do {
            try await LogCounterpart(app.context(context)).run(
                LogCounterpart.Input(
                    target,
                    name: typed["name"] ?? "",
                    title: typed["personTitle"] ?? "",
                    organisation: typed["organisation"] ?? ""
                )
            )
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "counterpart", values: typed, problems, field: ["title": "personTitle"])
            default:
                throw error
            }
        }
        return back(context, target)
    }

    func addOutcome(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        let typed = typed(context, ["text", "date"])
        do {
            try await LogOutcome(app.context(context)).run(LogOutcome.Input(target, text: typed["text"] ?? "", date: typed["date"] ?? ""))
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "outcome", values: typed, problems)
            default:
                throw error
            }
        }
        return back(context, target)
    }

    func addFollowUp(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        let typed = typed(context, ["task", "owner", "due"])
        do {
            try await LogFollowUp(app.context(context)).run(
                LogFollowUp.Input(
                    target,
                    task: typed["task"] ?? "",
                    owner: typed["owner"] ?? "",
                    due: typed["due"] ?? ""
                )
            )
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "followUp", values: typed, problems)
            default:
                throw error
            }
        }
        return back(context, target)
    }

    /// A follow-up's owner in its correction form: a select of the members (and none). An owner
    /// stored as free text before owners were member ids stays a text field, so an edit of the
    /// other fields does not have to replace it.
    static func ownerField(_ owner: String?, in d: Delegation, lang: Lang) -> FixView.Field {
        let label = Word.owner.text.text(lang)
        if let owner, !owner.isEmpty, d.member(owner) == nil {
            return FixView.Field(name: "owner", label: label, value: owner, type: "text")
        }
        let choices =
            [Choice(id: "", name: "—", selected: owner?.isEmpty ?? true)]
            + d.members.map { Choice(id: $0.id, name: $0.name, selected: $0.id == owner) }
        return FixView.Field(name: "owner", label: label, value: owner ?? "", type: "text", choices: choices)
    }
}
