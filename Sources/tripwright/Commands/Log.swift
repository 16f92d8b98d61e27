import ArgumentParser

/// `tripwright log …`: record what happened, attached to an event.
struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "記錄與更正會談筆記、照片、人員、成果、新聞。 Log and correct notes, photos, people met, outcomes, press.",
        subcommands: [
            LogNote.self, LogPhoto.self, LogPress.self, LogPerson.self, LogOutcomeCommand.self, LogFollowUpCommand.self,
            LogList.self, LogEdit.self, LogDelete.self, LogMove.self, LogUndo.self, LogHistory.self, LogPressOrder.self,
        ]
    )
}
