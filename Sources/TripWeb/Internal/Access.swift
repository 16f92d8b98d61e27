import TripModel
import TripStore

/// Who may do what; every handler asks here and the answer is enforced on the server.
enum Access {
    /// Organisers edit plans (upload, members and events forms, calendar feeds for anyone).
    static func requireOrganiser(_ context: WebContext) throws {
        guard context.user?.role == .organiser else { throw WebError.forbidden }
    }

    /// True when the user may log notes, photos and press on this delegation.
    static func mayLog(_ user: WebUser?, on d: Delegation) -> Bool {
        guard let user else { return false }
        switch user.role {
        case .organiser: return true
        case .viewer: return false
        case .member: return memberID(of: user, in: d) != nil
        }
    }

    /// Throws 403 unless the user may log on the delegation.
    static func requireLog(_ context: WebContext, on d: Delegation) throws {
        guard mayLog(context.user, on: d) else { throw WebError.forbidden }
    }

    /// The delegation member a user is (by name or member id).
    static func memberID(of user: WebUser, in d: Delegation) -> String? {
        d.members.first { $0.name == user.name || $0.id == user.name }?.id
    }
}
