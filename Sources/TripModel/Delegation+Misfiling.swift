import Foundation

extension Delegation {
    /// A photo on `e` taken on another date than the event's (its camera time read in the
    /// event's zone). The event offered is, among the events of the photo's date, the one whose
    /// time window (start to end) holds the time taken, else the one with the same participants,
    /// else the first of that day. Nil when the photo has no time taken or the dates agree.
    public func misfiling(photo: Photo, on e: Event) -> Misfiling? {
        guard let taken = photo.takenAt else { return nil }
        let day = Moment(instant: taken, zone: e.start.zone).date
        guard day != e.date else { return nil }
        let sameDay = events.filter { $0.id != e.id && $0.date == day }
        let better =
            sameDay.first { $0.window?.contains(taken) ?? false }
            ?? sameDay.first { Set($0.participants) == Set(e.participants) }
            ?? sameDay.first
        return Misfiling(reason: .photoOtherDay(taken: day), event: e, better: better)
    }

    /// A note on `e` whose author is a member not among the event's participants (an event for
    /// everyone has no such author; an author who is not a member id is not judged). The event
    /// offered is one of the same date the author takes part in at the same time: the one whose
    /// time window holds the note's time (when written, else the event's start), else one whose
    /// window overlaps the event's, else, where clock times cannot tell (an event known by its
    /// date or start only), the one starting nearest that time. None when the author's other
    /// events that day are all at other hours. Nil when the author takes part.
    public func misfiling(note: Note, on e: Event) -> Misfiling? {
        guard let author = note.author, member(author) != nil, !e.participants.isEmpty, !e.participants.contains(author)
        else { return nil }
        let attended = events.filter {
            $0.id != e.id && $0.date == e.date && ($0.participants.isEmpty || $0.participants.contains(author))
        }
        let at = note.createdAt ?? e.start.instant
        let own = e.window
        func distance(_ x: Event) -> TimeInterval {
            guard let at, let start = x.start.instant else { return .infinity }
            return abs(start.timeIntervalSince(at))
        }
        let better =
            at.flatMap { at in attended.first { $0.window?.contains(at) ?? false } }
            ?? own.flatMap { own in attended.first { $0.window?.overlaps(own) ?? false } }
            ?? attended.filter { $0.window == nil || own == nil }.min { distance($0) < distance($1) }
        return Misfiling(reason: .noteByNonParticipant(author: author), event: e, better: better)
    }
}
