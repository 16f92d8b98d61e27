import ArgumentParser
import TripApp
import TripModel

/// `tripwright user remove NAME`: removes an account; a browser signed in as it is signed out.
struct UserRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "刪除帳號（已登入的瀏覽器隨即登出）。 Remove a user; their browsers are signed out."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "帳號姓名（見 tripwright user list）。 The account's name (see tripwright user list).")
    var name: String

    func run() async throws {
        let lang = global.lang
        let user = try await reporting(lang) { try await RemoveUser(global.context).run(RemoveUser.Input(name: name)) }
        say(
            LocalizedText(
                zh: "已刪除帳號「\(user.name)」（\(user.role.zh)），其登入已失效。",
                en: "Removed user '\(user.name)' (\(user.role.rawValue)); their sessions no longer work."
            ).text(lang)
        )
    }
}
