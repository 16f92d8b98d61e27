import Foundation

/// One row of a delegation's correction history: who changed which logged item, when, how, and
/// its values before and after (nil: the item did not exist then).
public struct LoggedChange: Hashable, Sendable {
    /// The change's number (for `undo`).
    public var id: Int64
    /// The item changed.
    public var item: LoggedItem
    /// What was done.
    public var action: LoggedAction
    /// The event the item was on before the change (nil: a clipping about no event).
    public var eventID: String?
    /// The event a move took the item to.
    public var toEventID: String?
    /// The item's values before the change.
    public var before: LoggedValue?
    /// The item's values after it.
    public var after: LoggedValue?
    /// Who did it (user name or member id; nil: the command line without `--by`).
    public var actor: String?
    /// When.
    public var at: Date
    /// The change that undid this one, if any.
    public var undoneBy: Int64?
    /// The change this one undid, for an undo.
    public var undoes: Int64?
}
