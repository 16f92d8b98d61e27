import ArgumentParser
import Foundation
import TripModel
import TripStore

/// `tripwright log note TRIP EVENT TEXT`.
struct LogNote: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "新增筆記。 Add a note to an event.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id（見 schedule）。 Event id (see schedule).") var event: String
    @Argument(help: "筆記內容。 The note.") var text: String

    @Option(name: .long, help: "撰寫人員 id。 Member id of the writer.") var author: String?
    @Option(name: .long, help: "撰寫時間，當地時間 YYYY-MM-DD HH:MM（預設：現在）。 When, local time at the event (default: now).") var at: String?

    static let flags = ["text": "TEXT", "author": "--author", "at": "--at"]

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open(.existing)
            let d = try loadDelegation(trip, from: db)
            let e = try requireEvent(event, in: d, lang: global.lang)
            // The note's values are read as a plan's `notes:` entry: the same checks, the same messages.
            let values = [PlanValue("text", text)] + [author.map { PlanValue("author", $0) }, at.map { PlanValue("at", $0) }].compactMap { $0 }
            let note: Note
            do {
                note = try PlanReader().readNote(values, zone: e.start.zone, in: d)
            } catch let error as FieldProblems {
                throw flagError(error, flags: LogNote.flags, lang: global.lang)
            }
            let id = try db.addNote(delegation: d.id, event: e.id, text: note.text, author: note.author, at: note.createdAt ?? Date())
            say(global.lang == .zh ? "已記錄筆記 #\(id)：\(e.title)" : "Logged note #\(id) on \(e.title)")
        }
    }
}

/// The event with an id, or an error naming the nearest ids.
func requireEvent(_ id: String, in d: Delegation, lang: Lang) throws -> Event {
    if let e = d.events.first(where: { $0.id == id }) { return e }
    throw StoreError.noSuchEvent(id, delegation: d.id, suggestions: NearestNames.nearest(to: id, among: d.events.map(\.id)))
}
