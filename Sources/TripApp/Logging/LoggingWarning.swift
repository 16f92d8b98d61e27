import TripModel
import TripStore

/// Something about an item just logged that is kept as it is but may sit on the wrong event (a
/// photo taken on another day, a note by someone not at the meeting): said beside the save (the
/// web's notice, the command's stderr) with the event it more likely belongs to.
public struct LoggingWarning: Hashable, Sendable {
    /// The item logged (a photo or a note).
    public var item: LoggedItem
    /// The event it was logged on.
    public var event: String
    /// The event it more likely belongs to (nil when there is none to offer).
    public var better: String?
    /// What is said, naming the events by title and dates in the ROC calendar.
    public var message: LocalizedText
}
