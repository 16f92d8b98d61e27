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

    func validate() throws {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("筆記不可空白。 The note is empty.")
        }
    }

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open()
            let d = try loadDelegation(trip, from: db)
            let e = try requireEvent(event, in: d, lang: global.lang)
            if let author, d.member(author) == nil {
                throw CLIError(global.lang == .zh ? "撰寫人「\(author)」不是此出國案的人員 id。" : "author '\(author)' is not a member id of this delegation.")
            }
            let when = try at.map { try localInstant($0, zone: e.start.zone, lang: global.lang) } ?? Date()
            let id = try db.addNote(delegation: d.id, event: e.id, text: text, author: author, at: when)
            say(global.lang == .zh ? "已記錄筆記 #\(id)：\(e.title)" : "Logged note #\(id) on \(e.title)")
        }
    }
}

/// The event with an id, or an error naming the nearest ids.
func requireEvent(_ id: String, in d: Delegation, lang: Lang) throws -> Event {
    if let e = d.events.first(where: { $0.id == id }) { return e }
    throw StoreError.noSuchEvent(id, delegation: d.id, suggestions: NearestNames.nearest(to: id, among: d.events.map(\.id)))
}

/// An instant from `YYYY-MM-DD HH:MM` local time in a zone.
func localInstant(_ text: String, zone: Zone, lang: Lang) throws -> Date {
    let parts = text.replacingOccurrences(of: "T", with: " ").split(separator: " ")
    guard parts.count == 2, let date = LocalDate(iso: String(parts[0])), let time = LocalTime(text: String(parts[1].prefix(5))),
          let instant = try? Moment(date: date, time: time, zone: zone).instant else {
        throw CLIError(lang == .zh ? "時間「\(text)」請寫成 YYYY-MM-DD HH:MM（\(zone) 當地時間）。" : "write the time '\(text)' as YYYY-MM-DD HH:MM (local time in \(zone)).")
    }
    return instant
}
