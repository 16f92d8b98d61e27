import Foundation
import TripStore

/// Opens the store for a server, once (creating and migrating it when needed), and removes what
/// a killed server or command left half-written or unnamed in the data folder before serving.
/// The context it returns keeps the database open, with a cache of delegations and checks.
public struct OpenServer: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give: the context names the data location.
    public struct Input: Sendable {
        /// Opens the context's database.
        public init() {}
    }

    /// The server's context and what was cleaned.
    public struct Output: Sendable {
        /// The context every request starts from: the open database, a fresh cache.
        public var context: AppContext
        /// Files removed (left by interrupted runs).
        public var swept: [String]
    }

    /// Opens the store.
    public func run(_ input: Input = Input()) async throws(AppError) -> Output {
        try await attempt {
            let database = try context.database(.create)
            let vault = FileVault(root: context.location.files)
            let swept = try await blocking { database.sweepFiles(vault: vault) }
            let opened = context.with(database: database).with(cache: context.cache ?? DelegationCache())
            return Output(context: opened, swept: swept)
        }
    }
}
