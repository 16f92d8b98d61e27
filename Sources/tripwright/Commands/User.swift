import ArgumentParser

/// `tripwright user …`: web accounts.
struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "網頁版帳號。 Web app accounts.",
        subcommands: [UserAdd.self, UserList.self, UserReset.self, UserRemove.self, UserGrant.self, UserRevoke.self]
    )
}
