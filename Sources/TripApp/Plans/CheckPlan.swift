import Foundation
import TripChecks
import TripModel
import TripStore

/// Runs the checks on a plan file (without importing it, read as `import` reads it) or on a
/// stored delegation.
public struct CheckPlan: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// What is checked.
    public enum Target: Sendable {
        /// A plan file, read by the reader `import` uses.
        case file(URL, displayName: String, allowOutside: Bool = false)
        /// A stored delegation.
        case stored(ReadDelegation.Input)

        /// A plan file when the text names one (ends in `.yaml` or `.yml`, or is an existing
        /// file), else a stored delegation by id or unique prefix: the command line's argument.
        public static func named(_ text: String, allowOutside: Bool = false) -> Target {
            let lower = text.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || FileManager.default.fileExists(atPath: text) {
                return .file(URL(fileURLWithPath: text), displayName: text, allowOutside: allowOutside)
            }
            return .stored(ReadDelegation.Input(trip: text, prefix: true))
        }
    }

    /// What to check, as of which day.
    public struct Input: Sendable {
        /// The plan or delegation.
        public var target: Target
        /// The day the report's due date is judged on; nil: today at home.
        public var today: LocalDate?

        /// Checks a target as of a day (default: today at home).
        public init(_ target: Target, today: LocalDate? = nil) {
            self.target = target
            self.today = today
        }
    }

    /// The diagnostics, grouped by day, and their counts.
    public func run(_ input: Input) async throws(AppError) -> CheckResult {
        let d: Delegation
        switch input.target {
        case let .file(url, name, allowOutside):
            let (location, gazetteer) = (context.location, context.gazetteer)
            d = try await attempt {
                try await blocking {
                    try PlanImporter(location: location, gazetteer: gazetteer, allowOutside: allowOutside).reader
                        .read(fileAt: url, displayName: name).delegation
                }
            }
        case let .stored(trip):
            d = try await ReadDelegation(context).run(trip)
        }
        return context.checks(d, today: input.today)
    }
}
