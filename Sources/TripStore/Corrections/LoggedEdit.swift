import TripModel

/// What an edit of a logged item sets. The use case reads the values as the plan reader reads a
/// plan's entries, so an edit accepts and refuses exactly what a plan file does.
public enum LoggedEdit: Hashable, Sendable {
    /// A note's new text (the old one is kept among the note's earlier texts).
    case note(String)
    /// A photo's caption (nil: no caption).
    case caption(String?)
    /// A photo's file: fills a placeholder, or replaces the file of a photo.
    case file(StoredFile)
    /// An outcome's values.
    case outcome(Outcome)
    /// A follow-up's values.
    case followUp(FollowUp)
    /// A person met's values.
    case counterpart(Counterpart)
    /// A clipping's fields that change (the others stay as stored).
    case press(PressChange)
}
