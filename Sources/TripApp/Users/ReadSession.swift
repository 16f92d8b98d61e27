import TripStore

/// The live session a cookie token belongs to, or nil.
public struct ReadSession: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The token.
    public struct Input: Sendable {
        /// The session token from the cookie.
        public var token: String

        /// A session token.
        public init(token: String) { self.token = token }
    }

    /// The session, if it is live.
    public func run(_ input: Input) async throws(AppError) -> WebSession? {
        try await attempt { try await context.database(.readOnly).session(token: input.token, now: context.now()) }
    }
}
