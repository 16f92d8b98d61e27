/// A logged item as stored now: its values, the event it is on and the revision a correction
/// names to say which version it started from.
public struct LoggedEntry: Hashable, Sendable {
    /// The item.
    public var item: LoggedItem
    /// Its values.
    public var value: LoggedValue
    /// The event it is on (nil: a clipping about no event).
    public var eventID: String?
    /// A short token that changes whenever the item does.
    public var revision: String
}
