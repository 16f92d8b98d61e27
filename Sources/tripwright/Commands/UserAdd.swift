import ArgumentParser
import TripApp
import TripModel

/// `tripwright user add NAME --role ROLE`: creates an account and prints its one-time sign-in code.
struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "新增帳號並產生一次性登入代碼（再次執行可換發新代碼）。 Add a user and print a one-time sign-in code."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "姓名（團員請用出國人員名單上的姓名或 id）。 Name (members: their name or id in the members list).")
    var name: String

    @Option(
        name: .long,
        help:
            "administrator（管理者：全部出國案，並授權他人）、organiser（承辦人，可編輯獲授權的出國案）、member（團員，可記錄）或 viewer（檢視獲授權的出國案）。 administrator, organiser, member or viewer."
    )
    var role: WebRole

    func validate() throws {
        // A name is one line of text, checked as every text field is.
        if let problem = FieldText.problem(in: name, shape: .line, required: true) {
            throw ValidationError(problem.message(field: "NAME").text(global.lang))
        }
    }

    func run() async throws {
        let lang = global.lang
        let added = try await reporting(lang) { try await AddUser(global.context).run(AddUser.Input(name: name, role: role)) }
        let user = added.user
        let done: LocalizedText
        switch added.previousRole {
        case nil:
            done = LocalizedText(zh: "已建立帳號「\(user.name)」（\(user.role.zh)）。", en: "Created user '\(user.name)' (\(user.role.rawValue)).")
        case user.role?:
            done = LocalizedText(
                zh: "帳號「\(user.name)」（\(user.role.zh)）已存在，換發新代碼。",
                en: "User '\(user.name)' (\(user.role.rawValue)) exists; here is a new code."
            )
        case let before?:
            done = LocalizedText(
                zh: "已將帳號「\(user.name)」的身分由\(before.zh)改為\(user.role.zh)（已登入的瀏覽器隨即生效），並換發新代碼。",
                en:
                    "Changed the role of user '\(user.name)' from \(before.rawValue) to \(user.role.rawValue) (signed-in browsers too), with a new code."
            )
        }
        say(done.appending(LocalizedText(zh: "一次性登入代碼（7 天內有效，只顯示這一次）：", en: "One-time sign-in code (valid 7 days, shown only now):")).text(lang))
        say(added.code)
        if added.delegations == 0 {
            // A member sees only the delegations whose members list has their name or id.
            sayError(
                LocalizedText(
                    zh: "注意：沒有任何出國案的人員名單（members）有「\(user.name)」這個姓名或 id，這個帳號登入後看不到任何出國案。請改用名單上的姓名或 id，或先把此人加入出國案。",
                    en:
                        "Note: no delegation's members list has the name or id '\(user.name)', so this account will see no delegation. Use the name or id on a members list, or add the person to a delegation first."
                ).text(lang)
            )
        }
    }
}

extension WebRole: ExpressibleByArgument {}
