import ArgumentParser
import TripApp
import TripModel

/// `tripwright user revoke NAME TRIP`: takes an account's access to one delegation away; a
/// browser signed in as it gets 404 for that delegation on its next request.
struct UserRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "收回帳號對一個出國案的權限（隨即生效）。 Take an account's access to one delegation away."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "帳號姓名（見 tripwright user list）。 The account's name (see tripwright user list).")
    var name: String

    @Argument(help: "出國案 id（見 tripwright list）。 The delegation's id (see tripwright list).")
    var trip: String

    func run() async throws {
        let lang = global.lang
        let out = try await reporting(lang) { try await RevokeAccess(global.context).run(RevokeAccess.Input(name: name, trip: trip)) }
        if let removed = out.removed {
            say(
                LocalizedText(
                    zh: "已收回「\(out.user.name)」對出國案「\(removed.delegation)」的\(removed.role.zh)權限（已登入的瀏覽器隨即生效）。",
                    en:
                        "Took '\(out.user.name)''s \(removed.role.rawValue) access to delegation '\(removed.delegation)' away (signed-in browsers too)."
                ).text(lang)
            )
        } else {
            say(
                LocalizedText(
                    zh: "「\(out.user.name)」本來就沒有出國案「\(trip)」的授權，未變更。",
                    en: "'\(out.user.name)' had no grant of delegation '\(trip)'; nothing changed."
                ).text(lang)
            )
        }
    }
}
