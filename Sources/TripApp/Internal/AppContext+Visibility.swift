import TripStore

extension AppContext {
    /// The ids of the delegations the requester may see, for the lists (the front page, the
    /// follow-ups board across trips): nil for an administrator (every one); a member-role
    /// account those whose members list has their name or id; an organiser or viewer account
    /// those it is granted (read with its session); nobody else any (`Access.maySee`, per list).
    func visibleDelegationIDs(in database: TripDatabase) async throws -> Set<String>? {
        switch requester.role {
        case .administrator: return nil
        case .member:
            guard let user = requester.signedIn else { return [] }
            return try await database.delegationIDs(withMember: user.name)
        case .organiser, .viewer:
            return Set((requester.signedIn?.grants ?? [:]).keys)
        }
    }
}

extension AppContext {
    /// The account granted a delegation it creates (an organiser signed in on the web); nil for
    /// an administrator and the command line, who see every delegation without grants.
    var grantedCreator: Int64? {
        guard requester.role == .organiser else { return nil }
        return requester.signedIn?.id
    }
}
