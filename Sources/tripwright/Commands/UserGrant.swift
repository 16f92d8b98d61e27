import ArgumentParser
import TripApp
import TripModel

/// `tripwright user grant NAME TRIP [--role organiser|viewer]`: lets an organiser or viewer
/// account see one delegation (from its next request), editing it or reading it.
struct UserGrant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "授權承辦人或檢視者帳號存取一個出國案（隨即生效）。 Grant an organiser or viewer account one delegation."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "帳號姓名（見 tripwright user list）。 The account's name (see tripwright user list).")
    var name: String

    @Argument(help: "出國案 id（見 tripwright list）。 The delegation's id (see tripwright list).")
    var trip: String

    @Option(
        name: .long,
        help: "organiser（承辦：可編輯此出國案）或 viewer（檢視）；省略時依帳號身分。 organiser (edits it) or viewer (reads it); default: the account's role."
    )
    var role: GrantRoleName?

    func run() async throws {
        let lang = global.lang
        let context = global.context
        let grant = try await reporting(lang) {
            try await GrantAccess(context).run(GrantAccess.Input(name: name, trip: trip, role: role?.role))
        }
        let done: LocalizedText
        switch grant.previousRole {
        case nil:
            done = LocalizedText(
                zh: "已授權「\(grant.user.name)」以\(grant.role.zh)身分存取出國案「\(grant.delegation)」（已登入的瀏覽器隨即生效）。",
                en: "Granted '\(grant.user.name)' delegation '\(grant.delegation)' as \(grant.role.rawValue) (signed-in browsers too)."
            )
        case grant.role?:
            done = LocalizedText(
                zh: "「\(grant.user.name)」已有出國案「\(grant.delegation)」的\(grant.role.zh)權限，未變更。",
                en: "'\(grant.user.name)' already has delegation '\(grant.delegation)' as \(grant.role.rawValue); nothing changed."
            )
        case let before?:
            done = LocalizedText(
                zh: "已將「\(grant.user.name)」在出國案「\(grant.delegation)」的權限由\(before.zh)改為\(grant.role.zh)。",
                en: "Changed '\(grant.user.name)' on delegation '\(grant.delegation)' from \(before.rawValue) to \(grant.role.rawValue)."
            )
        }
        say(done.text(lang))
    }
}
