import ArgumentParser
import TripStore

/// `tripwright user list`: accounts and roles.
struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出帳號。 List users.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reporting(global.lang) {
            for u in try global.open(.readOnly).users() { say("\(u.name)\t\(global.lang == .zh ? u.role.zh : u.role.rawValue)") }
        }
    }
}
