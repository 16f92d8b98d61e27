import ArgumentParser
import TripApp
import TripModel

/// `tripwright user reset NAME`: signs a user out everywhere and prints a new one-time code.
struct UserReset: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "讓帳號在各處登出、舊代碼失效，並產生新的一次性登入代碼。 Sign a user out everywhere and print a new sign-in code."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "帳號姓名（見 tripwright user list）。 The account's name (see tripwright user list).")
    var name: String

    func run() async throws {
        let lang = global.lang
        let reset = try await reporting(lang) { try await ResetUser(global.context).run(ResetUser.Input(name: name)) }
        let user = reset.user
        say(
            LocalizedText(
                zh: "帳號「\(user.name)」已在各處登出，舊代碼已失效。新的一次性登入代碼（7 天內有效，只顯示這一次）：",
                en:
                    "User '\(user.name)' is signed out everywhere and earlier codes no longer work. New one-time sign-in code (valid 7 days, shown only now):"
            ).text(lang)
        )
        say(reset.code)
    }
}
