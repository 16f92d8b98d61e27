import Foundation

/// A signed-in browser: the user and the secret its forms' CSRF tokens are made from.
public struct WebSession: Hashable, Sendable {
    /// Who is signed in.
    public var user: WebUser
    /// Per-session secret for CSRF tokens.
    public var csrfSecret: String
    /// When the session ends.
    public var expiresAt: Date

    /// Creates a session value.
    public init(user: WebUser, csrfSecret: String, expiresAt: Date) {
        self.user = user
        self.csrfSecret = csrfSecret
        self.expiresAt = expiresAt
    }
}
