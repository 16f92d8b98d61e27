import Foundation
import TripStore

/// Creates the database (and its folder) when missing, or migrates an existing one.
public struct InitDatabase: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give: the context names the data location.
    public struct Input: Sendable {
        /// The context's database.
        public init() {}
    }

    /// The database as it now is.
    public struct Output: Sendable {
        /// Its file.
        public var path: String
        /// True when it was there before.
        public var existed: Bool
        /// The last migration applied.
        public var schema: String?
    }

    /// Creates or migrates the database.
    public func run(_ input: Input = Input()) async throws(AppError) -> Output {
        try await attempt {
            let existed = context.location.exists
            let database = try context.database(.create)
            let migrations = try await blocking { try database.appliedMigrations() }
            return Output(path: context.location.database.path, existed: existed, schema: migrations.last)
        }
    }
}
