import Foundation
import TripModel

extension Delegation {
    /// The warning for a photo on an event: its camera time (local at the event) falls on
    /// another date than the event's (`misfiling(photo:on:)`, the rule the checks'
    /// `photo-other-day` uses); it offers the event of the camera's date the photo more likely
    /// belongs to. Nil when the photo has no id or time, or the dates agree.
    public func loggingWarning(photo: Photo, on e: Event) -> LoggingWarning? {
        guard let id = photo.id, let found = misfiling(photo: photo, on: e), case let .photoOtherDay(day) = found.reason
        else { return nil }
        let offer =
            found.better.map {
                LocalizedText(
                    zh: "那天的行程是「\($0.title)」，若應放在那裡，可在照片下方的「更正」移過去。",
                    en: "That day's event is '\($0.title)'; if it belongs there, move it with the photo's corrections."
                )
            }
            ?? LocalizedText(zh: "那天沒有行程，請確認相機的日期。", en: "No event is on that day; check the camera's date.")
        let message = LocalizedText(
            zh: "照片 #\(id) 的拍攝日期是 \(ROCDate.long(day))，不是「\(e.title)」的日期（\(ROCDate.long(e.date))）；已照樣存下。\(offer.zh)",
            en: "Photo #\(id) was taken on \(day.iso), not on the date of '\(e.title)' (\(e.date.iso)); it was kept as is. \(offer.en)"
        )
        return LoggingWarning(item: .photo(id), event: e.id, better: found.better?.id, message: message)
    }

    /// The warning for a note on an event: its author is a member who is not among the event's
    /// participants (`misfiling(note:on:)`, the rule the checks' `note-by-non-participant`
    /// uses); it offers the event of that day the author attends at that time. Nil otherwise.
    public func loggingWarning(note: Note, on e: Event) -> LoggingWarning? {
        guard let id = note.id, let found = misfiling(note: note, on: e), case let .noteByNonParticipant(author) = found.reason,
            let writer = member(author)
        else { return nil }
        let offer =
            found.better.map {
                LocalizedText(
                    zh: "\(writer.name)那天參加的是「\($0.title)」，若應記在那裡，可在筆記下方的「更正」移過去。",
                    en: "\(writer.name) attends '\($0.title)' that day; if it belongs there, move it with the note's corrections."
                )
            }
            ?? LocalizedText(zh: "請確認筆記記在正確的行程。", en: "Check that the note is on the right event.")
        let message = LocalizedText(
            zh: "筆記 #\(id) 的作者\(writer.name)不在「\(e.title)」的參與人員中；已照樣存下。\(offer.zh)",
            en: "Note #\(id) is by \(writer.name), who is not among the participants of '\(e.title)'; it was kept as is. \(offer.en)"
        )
        return LoggingWarning(item: .note(id), event: e.id, better: found.better?.id, message: message)
    }
}
