/// The kinds of logged material a correction may change (stored in `logChange.kind`).
public enum LoggedKind: String, Codable, Sendable, CaseIterable {
    /// A note.
    case note
    /// A photo or photo placeholder.
    case photo
    /// An outcome.
    case outcome
    /// A follow-up.
    case followUp
    /// A press clipping.
    case press
    /// A person met.
    case counterpart
}
