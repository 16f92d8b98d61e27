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

        /// A code to spend.
        public init(code: String) { self.code = code }
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
            try await context.database(.existing).signIn(code: input.code, now: context.now()).map { Session(token: $0.token, session: $0.session) }
        }
    }
}
