/// Ends a web session.
public struct SignOut: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The session.
    public struct Input: Sendable {
        /// The session token from the cookie.
        public var token: String

        /// A session to end.
        public init(token: String) { self.token = token }
    }

    /// Ends it.
    public func run(_ input: Input) async throws(AppError) {
        try await attempt { try await context.database(.existing).endSession(token: input.token) }
    }
}
