import Foundation

/// A person who may sign in to the web app.
public struct WebUser: Hashable, Sendable, Codable {
    /// Database id.
    public var id: Int64
    /// Name; a member-role user logs on the delegations where a member has this name or id.
    public var name: String
    /// Administrator, organiser, member or viewer.
    public var role: WebRole
    /// The delegations an organiser or viewer account is granted, by delegation id, with the role
    /// the grant gives there (organiser or viewer); read with the session, so a revoked grant
    /// counts from the next request. Empty for administrators and members (they need none).
    public var grants: [String: WebRole]

    /// Creates a user value.
    public init(id: Int64, name: String, role: WebRole, grants: [String: WebRole] = [:]) {
        self.id = id
        self.name = name
        self.role = role
        self.grants = grants
    }
}
