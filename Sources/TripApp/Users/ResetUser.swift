import TripStore

/// Starts an account over: signs the user out everywhere, voids their unused codes and gives a new
/// one-time sign-in code (seven days; only its digest is stored, so it is shown once). For a lost
/// phone, or a code that reached the wrong person. Organisers only; `store(.noSuchUser)` otherwise.
public struct ResetUser: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Whose account.
    public struct Input: Sendable {
        /// The account's name, as `tripwright user list` prints it.
        public var name: String

        /// The account with a name.
        public init(name: String) { self.name = name }
    }

    /// The account and its new code.
    public func run(_ input: Input) async throws(AppError) -> AddUser.Output {
        try Access.requireAdministrator(context.requester)
        return try await attempt {
            let (user, code) = try await context.database(.existing).resetUser(name: input.name, now: context.now())
            return AddUser.Output(user: user, code: code)
        }
    }
}
