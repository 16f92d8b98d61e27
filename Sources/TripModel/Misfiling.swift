import Foundation

/// A logged photo or note that probably sits on the wrong event, and the event it more likely
/// belongs to. Found by `Delegation.misfiling(photo:on:)` and `misfiling(note:on:)`, the one rule
/// behind the warning on logging (web page, `tripwright log`) and the checks'
/// `photo-other-day` and `note-by-non-participant`.
public struct Misfiling: Hashable, Sendable {
    /// Why the item looks misfiled.
    public enum Reason: Hashable, Sendable {
        /// The photo was taken (camera clock, local at the event's place) on `taken`, not on the event's date.
        case photoOtherDay(taken: LocalDate)
        /// The note's author, a member (by id), is not among the event's participants.
        case noteByNonParticipant(author: String)
    }

    /// Why.
    public var reason: Reason
    /// The event the item is logged on.
    public var event: Event
    /// The event it more likely belongs to; nil when there is none to offer.
    public var better: Event?

    /// Creates a finding.
    public init(reason: Reason, event: Event, better: Event?) {
        self.reason = reason
        self.event = event
        self.better = better
    }
}
