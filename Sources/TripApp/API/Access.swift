import TripModel
import TripStore

/// Who may do what, asked by every use case that changes something (and by the web before it
/// shows a form): organisers edit plans, members log on the delegations whose members list has
/// their name or id, viewers read. The command line and a sign-in-free server act as organisers.
public enum Access {
    /// Throws `forbidden` unless the requester is an organiser.
    public static func requireOrganiser(_ requester: Requester) throws(AppError) {
        guard requester.role == .organiser else { throw .forbidden }
    }

    /// True when the requester may see the delegation at all: a member-role account only the
    /// delegations whose members list has their name or id (issue 11, who sees what); everyone
    /// else every delegation. A delegation a requester may not see is answered as one that does
    /// not exist, so its id is not given away either.
    public static func maySee(_ requester: Requester, _ d: Delegation) -> Bool {
        guard requester.role == .member else { return true }
        return requester.signedIn.flatMap { memberID(of: $0, in: d) } != nil
    }

    /// True when the requester may log notes, photos and press on the delegation.
    public static func mayLog(_ requester: Requester, on d: Delegation) -> Bool {
        switch requester.role {
        case .organiser: true
        case .viewer: false
        case .member: requester.signedIn.flatMap { memberID(of: $0, in: d) } != nil
        }
    }

    /// Throws `forbidden` unless the requester may log on the delegation.
    public static func requireLog(_ requester: Requester, on d: Delegation) throws(AppError) {
        guard mayLog(requester, on: d) else { throw .forbidden }
    }

    /// True when the requester may write the report's prose (目的, 摘要, 心得, 建議): organisers,
    /// and a member-role account that is the delegation's leader (團長) or its contact person
    /// (聯絡人), who write the report; other members log, viewers read.
    public static func mayWriteProse(_ requester: Requester, on d: Delegation) -> Bool {
        switch requester.role {
        case .organiser: return true
        case .viewer: return false
        case .member:
            guard let id = requester.signedIn.flatMap({ memberID(of: $0, in: d) }) else { return false }
            return id == d.contactID || d.members.contains { $0.id == id && $0.role == .leader }
        }
    }

    /// Throws `forbidden` unless the requester may write the delegation's report prose.
    public static func requireProse(_ requester: Requester, on d: Delegation) throws(AppError) {
        guard mayWriteProse(requester, on: d) else { throw .forbidden }
    }

    /// The delegation member a user is (by name or member id).
    public static func memberID(of user: WebUser, in d: Delegation) -> String? {
        d.members.first { $0.name == user.name || $0.id == user.name }?.id
    }

    /// The members whose calendar feeds the requester may make: organisers everyone's, a
    /// member their own, viewers none.
    public static func feedMembers(_ requester: Requester, in d: Delegation) -> [Member] {
        switch requester.role {
        case .organiser: d.members
        case .member: d.members.filter { m in requester.signedIn.flatMap { memberID(of: $0, in: d) } == m.id }
        case .viewer: []
        }
    }
}
