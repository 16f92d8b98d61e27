import ArgumentParser

/// `tripwright log …`: record what happened, attached to an event.
struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "記錄會談筆記、照片、新聞。 Log notes, photos and press.",
        subcommands: [LogNote.self, LogPhoto.self, LogPress.self]
    )
}
