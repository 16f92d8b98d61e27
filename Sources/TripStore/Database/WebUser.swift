import Foundation

/// A person who may sign in to the web app.
public struct WebUser: Hashable, Sendable, Codable {
    /// Database id.
    public var id: Int64
    /// Name; a member-role user logs on the delegations where a member has this name or id.
    public var name: String
    /// Organiser, member or viewer.
    public var role: WebRole

    /// Creates a user value.
    public init(id: Int64, name: String, role: WebRole) {
        self.id = id
        self.name = name
        self.role = role
    }
}
