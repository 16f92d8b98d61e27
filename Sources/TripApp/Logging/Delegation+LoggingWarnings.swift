import Foundation
import TripModel

extension Delegation {
    /// The warning for a photo on an event: its camera time (local at the event) falls on
    /// another date than the event's; it offers an event of the camera's date (the one the same
    /// people attend, else the first). Nil when it has no time or the dates agree.
    public func loggingWarning(photo: Photo, on e: Event) -> LoggingWarning? {
        guard let id = photo.id, let taken = photo.takenAt else { return nil }
        let day = Moment(instant: taken, zone: e.start.zone).date
        guard day != e.date else { return nil }
        let sameDay = events.filter { $0.date == day }
        let better = sameDay.first { Set($0.participants) == Set(e.participants) } ?? sameDay.first
        let offer =
            better.map {
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
        return LoggingWarning(item: .photo(id), event: e.id, better: better?.id, message: message)
    }

    /// The warning for a note on an event: its author is a member who is not among the event's
    /// participants (an event for everyone has no such author); it offers the event of that day
    /// the author attends nearest in time. Nil otherwise.
    public func loggingWarning(note: Note, on e: Event) -> LoggingWarning? {
        guard let id = note.id, let author = note.author, let writer = member(author), !e.participants.isEmpty,
            !e.participants.contains(author)
        else { return nil }
        let attended = events.filter { $0.id != e.id && $0.date == e.date && ($0.participants.isEmpty || $0.participants.contains(author)) }
        let at = note.createdAt ?? e.start.instant
        func distance(_ x: Event) -> TimeInterval {
            guard let at, let start = x.start.instant else { return .infinity }
            return abs(start.timeIntervalSince(at))
        }
        let better = attended.min { distance($0) < distance($1) }
        let offer =
            better.map {
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
        return LoggingWarning(item: .note(id), event: e.id, better: better?.id, message: message)
    }
}
