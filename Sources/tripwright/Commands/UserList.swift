import ArgumentParser
import TripApp
import TripModel

/// `tripwright user list`: accounts and roles.
struct UserList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出帳號。 List users.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let lang = global.lang
        for u in try await reporting(lang, { try await ListUsers(global.context).run() }) {
            say("\(u.name)\t\(LocalizedText(zh: u.role.zh, en: u.role.rawValue).text(lang))")
        }
    }
}
