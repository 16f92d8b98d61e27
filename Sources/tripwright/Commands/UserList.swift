import ArgumentParser
import TripApp
import TripModel

/// `tripwright user list`: accounts, roles and the delegations each sees.
struct UserList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出帳號。 List users.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let lang = global.lang
        for u in try await reporting(lang, { try await ListUsers(global.context).run() }) {
            say("\(u.name)\t\(LocalizedText(zh: u.role.zh, en: u.role.rawValue).text(lang))\t\(Self.access(of: u).text(lang))")
        }
    }

    /// Which delegations the account sees: every one (an administrator), those of its members
    /// lists (a member), or its grants with their roles (`kyushu-2025（承辦人）、usa-2026（檢視者）`).
    static func access(of u: WebUser) -> LocalizedText {
        switch u.role {
        case .administrator: return LocalizedText(zh: "全部出國案", en: "every delegation")
        case .member: return LocalizedText(zh: "人員名單有其姓名的出國案", en: "delegations whose members list has them")
        case .organiser, .viewer:
            let grants = u.grants.sorted { $0.key < $1.key }
            if grants.isEmpty { return LocalizedText(zh: "（未授權任何出國案）", en: "(no delegation granted)") }
            return LocalizedText(
                zh: grants.map { "\($0.key)（\($0.value.zh)）" }.joined(separator: "、"),
                en: grants.map { "\($0.key) (\($0.value.rawValue))" }.joined(separator: ", ")
            )
        }
    }
}
