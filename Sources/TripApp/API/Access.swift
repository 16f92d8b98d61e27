import TripModel
import TripStore

/// Who may do what, per delegation (issue 11, who sees what), asked by every use case that
/// changes something (and by the web before it shows a form). An administrator sees and edits
/// every delegation and grants the others; an organiser or viewer account acts on a delegation in
/// the role of its grant there (organiser: edits; viewer: reads) and does not see the others; a
/// member-role account logs on the delegations whose members list has their name or id. The
/// command line and a sign-in-free server act as administrators.
public enum Access {
    /// The role the requester acts in on a delegation (by id): `administrator` everywhere; for an
    /// organiser or viewer account the role of its grant there, nil without one (the delegation is
    /// not theirs to see); `member` for a member account (whether they are on it is `maySee`).
    public static func role(of requester: Requester, on delegation: String) -> WebRole? {
        switch requester.role {
        case .administrator: .administrator
        case .member: .member
        case .organiser, .viewer: requester.signedIn?.grants[delegation]
        }
    }

    /// True when the requester edits the delegation's plan: an administrator, or an account
    /// granted it as organiser.
    public static func mayEdit(_ requester: Requester, on delegation: String) -> Bool {
        switch role(of: requester, on: delegation) {
        case .administrator?, .organiser?: true
        case .member?, .viewer?, nil: false
        }
    }

    /// Throws unless the requester edits the delegation (by id): `noSuchDelegation` (no
    /// suggestions, a 404 like a delegation that does not exist) for an organiser or viewer
    /// account without a grant of it, `forbidden` for the other roles that may not.
    public static func requireOrganiser(_ requester: Requester, on delegation: String) throws(AppError) {
        if mayEdit(requester, on: delegation) { return }
        if requester.role.isGranted && role(of: requester, on: delegation) == nil {
            throw .store(.noSuchDelegation(delegation, suggestions: []))
        }
        throw .forbidden
    }

    /// Throws `forbidden` unless the requester may start delegations (upload a plan, the new
    /// delegation form): an administrator or an organiser account, who is then granted it.
    public static func requireOrganiser(_ requester: Requester) throws(AppError) {
        guard requester.role == .organiser || requester.role == .administrator else { throw .forbidden }
    }

    /// Throws `forbidden` unless the requester is an administrator (accounts and grants).
    public static func requireAdministrator(_ requester: Requester) throws(AppError) {
        guard requester.role == .administrator else { throw .forbidden }
    }

    /// True when the requester may see the delegation at all: an administrator every one; an
    /// organiser or viewer account those it is granted; a member-role account those whose members
    /// list has their name or id. A delegation a requester may not see is answered as one that
    /// does not exist, so its id is not given away either.
    public static func maySee(_ requester: Requester, _ d: Delegation) -> Bool {
        switch role(of: requester, on: d.id) {
        case nil: false
        case .member?: requester.signedIn.flatMap { memberID(of: $0, in: d) } != nil
        case .administrator?, .organiser?, .viewer?: true
        }
    }

    /// True when the requester may log notes, photos and press on the delegation.
    public static func mayLog(_ requester: Requester, on d: Delegation) -> Bool {
        switch role(of: requester, on: d.id) {
        case .administrator?, .organiser?: true
        case .viewer?, nil: false
        case .member?: requester.signedIn.flatMap { memberID(of: $0, in: d) } != nil
        }
    }

    /// Throws `forbidden` unless the requester may log on the delegation.
    public static func requireLog(_ requester: Requester, on d: Delegation) throws(AppError) {
        guard mayLog(requester, on: d) else { throw .forbidden }
    }

    /// True when the requester may write the report's prose (目的, 摘要, 心得, 建議): those who
    /// edit the delegation, and a member-role account that is the delegation's leader (團長) or
    /// its contact person (聯絡人), who write the report; other members log, viewers read.
    public static func mayWriteProse(_ requester: Requester, on d: Delegation) -> Bool {
        switch role(of: requester, on: d.id) {
        case .administrator?, .organiser?: return true
        case .viewer?, nil: return false
        case .member?:
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

    /// The members whose calendar feeds the requester may make: those who edit the delegation
    /// everyone's, a member their own, viewers none.
    public static func feedMembers(_ requester: Requester, in d: Delegation) -> [Member] {
        switch role(of: requester, on: d.id) {
        case .administrator?, .organiser?: d.members
        case .member?: d.members.filter { m in requester.signedIn.flatMap { memberID(of: $0, in: d) } == m.id }
        case .viewer?, nil: []
        }
    }
}
