import Foundation

/// An account's access to one delegation: who, and in which role (organiser or viewer).
public struct AccessGrant: Hashable, Sendable {
    /// The account (its `grants` as they were before this grant's change).
    public var user: WebUser
    /// The delegation's id.
    public var delegation: String
    /// Organiser (edits the plan) or viewer (reads).
    public var role: WebRole
    /// The role the account had on the delegation before (nil: it had no access).
    public var previousRole: WebRole?

    /// Creates a grant value.
    public init(user: WebUser, delegation: String, role: WebRole, previousRole: WebRole? = nil) {
        self.user = user
        self.delegation = delegation
        self.role = role
        self.previousRole = previousRole
    }
}
