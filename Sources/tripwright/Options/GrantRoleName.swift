import ArgumentParser
import TripApp

/// The role a grant gives on one delegation: `organiser` (edits it) or `viewer` (reads it).
enum GrantRoleName: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Edits the delegation.
    case organiser
    /// Reads the delegation.
    case viewer

    /// The web role it stands for.
    var role: WebRole {
        switch self {
        case .organiser: .organiser
        case .viewer: .viewer
        }
    }
}
