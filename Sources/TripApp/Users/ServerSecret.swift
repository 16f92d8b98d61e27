/// A named secret of the server (the key of its CSRF tokens), made on first use and kept in the
/// database, so tokens outlive a restart.
public struct ServerSecret: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which secret.
    public struct Input: Sendable {
        /// Its name (`csrf`).
        public var name: String

        /// A named secret.
        public init(name: String) { self.name = name }
    }

    /// The secret.
    public func run(_ input: Input) async throws(AppError) -> String {
        try await attempt { try await context.database(.create).webSecret(named: input.name) }
    }
}
