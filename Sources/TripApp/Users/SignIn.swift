import Foundation
import TripStore

/// Spends a one-time sign-in code: when it is known, unused and unexpired, it is marked used and
/// a session opened; nil otherwise.
public struct SignIn: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The code.
    public struct Input: Sendable {
        /// The code as typed (case and separators do not matter).
        public var code: String
        /// How long the session lasts, in seconds.
        public var sessionLength: TimeInterval

        /// A code to spend, for a session of `sessionLength` seconds (default 30 days).
        public init(code: String, sessionLength: TimeInterval = 30 * 24 * 3600) {
            self.code = code
            self.sessionLength = sessionLength
        }
    }

    /// The session opened.
    public struct Session: Sendable {
        /// The session token for the cookie (only its digest is stored).
        public var token: String
        /// The session.
        public var session: WebSession
    }

    /// Signs in, or nil for a wrong, used or expired code.
    public func run(_ input: Input) async throws(AppError) -> Session? {
        try await attempt {
            try await context.database(.existing).signIn(code: input.code, now: context.now(), sessionLength: input.sessionLength).map {
                Session(token: $0.token, session: $0.session)
            }
        }
    }
}
