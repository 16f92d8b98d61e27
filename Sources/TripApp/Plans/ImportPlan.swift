import Foundation
import TripModel
import TripStore

/// Creates or updates a delegation from a plan file, in one transaction with the photos and
/// clippings it names: a plan the reader refuses writes nothing (not even a new database).
public struct ImportPlan: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Where the plan comes from, which decides which files it may name.
    public enum Source: Sendable {
        /// A file on this machine: the files it names are found beside it or in the data folder
        /// (anywhere with `allowOutside`, the command line's `--allow-outside`).
        case file(URL, displayName: String, allowOutside: Bool = false)
        /// Bytes uploaded on the web: the files it names must already be in the data folder.
        case upload(Data, fileName: String)
    }

    /// The plan to import.
    public struct Input: Sendable {
        /// Where it comes from.
        public var source: Source

        /// A plan to import.
        public init(_ source: Source) { self.source = source }
    }

    /// Reads the plan (refusing it at file:line:column), then copies its files and writes it.
    /// An organiser account is granted a delegation it creates, and may write over an existing
    /// one only with an organiser's grant of it (a 404 without one, `mayNotEdit` with a viewer's),
    /// checked in the transaction that writes.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> ImportSummary {
        try Access.requireOrganiser(context.requester)
        return try await attempt {
            let (location, gazetteer) = (context.location, context.gazetteer)
            let plan: Plan = try await blocking {
                switch input.source {
                case let .file(url, name, allowOutside):
                    return try PlanImporter(location: location, gazetteer: gazetteer, allowOutside: allowOutside).reader
                        .read(fileAt: url, displayName: name)
                case let .upload(data, fileName):
                    return try PlanImporter(location: location, gazetteer: gazetteer).uploadReader
                        .read(data: data, fileName: fileName, baseDirectory: location.files)
                }
            }
            let database = try context.database(.create)
            let summary = try await PlanImporter(location: location, gazetteer: gazetteer)
                .importPlan(plan, into: database, organiser: context.grantedCreator)
            context.cache?.invalidate()
            return summary
        }
    }
}
