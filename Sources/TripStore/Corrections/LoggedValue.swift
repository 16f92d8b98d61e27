import Foundation
import TripModel

/// A logged item's values, as a correction's history shows them before and after.
public enum LoggedValue: Hashable, Sendable {
    /// A note.
    case note(Note)
    /// A photo (file nil: a placeholder).
    case photo(Photo)
    /// An outcome.
    case outcome(Outcome)
    /// A follow-up.
    case followUp(FollowUp)
    /// A press clipping.
    case press(PressItem)
    /// A person met.
    case counterpart(Counterpart)

    /// One line for a history or a conflict message.
    public var summary: String {
        switch self {
        case let .note(n): n.text
        case let .photo(p):
            [p.caption ?? "", "[\(p.file.map { ($0 as NSString).lastPathComponent } ?? "—")]"].filter { !$0.isEmpty }.joined(separator: " ")
        case let .outcome(o): [o.text, o.date?.iso ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        case let .followUp(f): [f.task, f.owner ?? "", f.due?.iso ?? "", f.status.rawValue].filter { !$0.isEmpty }.joined(separator: " · ")
        case let .press(p): [p.date.iso, p.outlet, p.headline ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        case let .counterpart(c): [c.organisation ?? "", c.title ?? "", c.name].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}
