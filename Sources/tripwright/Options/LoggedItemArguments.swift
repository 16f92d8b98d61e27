import ArgumentParser
import TripApp
import TripModel

/// `KIND ID` naming a logged item on the command line: `note 12`, `photo 7`, `outcome 3`,
/// `follow-up 2`, `person EVENT#2` (the second person met at EVENT), `press press-2025-09-02-1`.
struct LoggedItemArguments: ParsableArguments {
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "項目種類：note、photo、outcome、follow-up、person、press。 Kind of item.") var kind: LoggedKindName
    @Argument(help: "項目編號（見 log list；person 為 行程id#序號）。 Item id, as log list prints it (person: EVENT#N).") var id: String

    /// The item named; a `ValidationError` in the user's language when the id does not fit the kind.
    func item(_ lang: Lang) throws -> LoggedItem {
        guard let item = LoggedItem(kind: kind.kind, key: id) else {
            throw ValidationError(
                LocalizedText(
                    zh: "「\(id)」不是\(kind.rawValue)的編號：筆記、照片、成果、追蹤事項用數字，person 用「行程id#序號」（例如 e-visit#2），press 用剪報 id。",
                    en:
                        "'\(id)' is not a \(kind.rawValue) id: notes, photos, outcomes and follow-ups take a number, person takes EVENT#N (e.g. e-visit#2), press a clipping id."
                ).text(lang)
            )
        }
        return item
    }

    /// The target for a use case.
    func target(_ lang: Lang) throws -> LoggedTarget {
        LoggedTarget(trip: trip, item: try item(lang), prefix: true)
    }
}

/// The kinds of logged items as the command line names them.
enum LoggedKindName: String, ExpressibleByArgument, CaseIterable {
    case note, photo, outcome
    case followUp = "follow-up"
    case person, press

    /// The store's kind.
    var kind: LoggedKind {
        switch self {
        case .note: .note
        case .photo: .photo
        case .outcome: .outcome
        case .followUp: .followUp
        case .person: .counterpart
        case .press: .press
        }
    }
}
