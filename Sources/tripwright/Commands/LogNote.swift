import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright log note TRIP EVENT TEXT`.
struct LogNote: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "新增筆記。 Add a note to an event.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id（見 schedule）。 Event id (see schedule).") var event: String
    @Argument(help: "筆記內容。 The note.") var text: String

    @Option(name: .long, help: "撰寫人員 id。 Member id of the writer.") var author: String?
    @Option(name: .long, help: "撰寫時間，當地時間 YYYY-MM-DD HH:MM（預設：現在）。 When, local time at the event (default: now).") var at: String?

    /// The flag that gave each of the note's plan keys.
    static let flags = ["text": "TEXT", "author": "--author", "at": "--at"]

    func run() async throws {
        let lang = global.lang
        // The note's values are read as a plan's `notes:` entry: the same checks, the same messages.
        let logged = try await reporting(lang, flags: LogNote.flags) {
            try await TripApp.LogNote(global.context).run(
                TripApp.LogNote.Input(
                    EventTarget(trip: trip, event: event, prefix: true),
                    text: text,
                    author: author,
                    at: at
                )
            )
        }
        let title = logged.eventTitle ?? event
        say(LocalizedText(zh: "已記錄筆記 #\(logged.id)：\(title)", en: "Logged note #\(logged.id) on \(title)").text(lang))
        // Kept as given, but said: it may belong to another event (exit status 0).
        if let warning = logged.warning { sayError(LocalizedText(zh: "注意：", en: "Note:").appending(warning.message).text(lang)) }
    }
}
