import TripStore

/// Who asks for a use case: the person at the command line (who holds the database file and may
/// do everything), the one user of a sign-in-free server on loopback, or a signed-in web user.
public enum Requester: Sendable, Hashable {
    /// The command line.
    case commandLine
    /// The user of a server without sign-in (loopback): an administrator with no name.
    case localUser
    /// A signed-in user with a role (and, for organisers and viewers, their grants).
    case user(WebUser)
    /// Someone who has not signed in (the sign-in page, a calendar feed by its secret token).
    case visitor

    /// The role this requester acts in (on a delegation, `Access.role(of:on:)` says).
    public var role: WebRole {
        switch self {
        case .commandLine, .localUser: .administrator
        case let .user(u): u.role
        case .visitor: .viewer
        }
    }

    /// The signed-in user, if any.
    public var signedIn: WebUser? {
        if case let .user(u) = self { return u }
        return nil
    }
}
