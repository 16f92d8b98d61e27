/// What an import did.
public struct ImportSummary: Hashable, Sendable {
    /// The delegation's id.
    public var delegationID: String
    /// True when the delegation was new.
    public var created: Bool
    /// Counts of the plan's parts now stored.
    public var members = 0, events = 0, legs = 0, stays = 0
    /// Logged material added from the file (not already stored).
    public var notesAdded = 0, photosAdded = 0, pressAdded = 0
    /// Items missing from the file but kept because something is logged against them.
    public var keptEvents: [String] = []
    /// Clippings the file has in another version than the one corrected (edited on the web or
    /// with `log edit`) since: the correction was kept, the file's version not applied.
    public var correctionsKept: [String] = []
    /// Items missing from the file and removed.
    public var removedItems: [String] = []
}
