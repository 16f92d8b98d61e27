import Foundation
import TripModel
import TripReport

/// The report kinds the templates offer (data in `Templates/kinds/*.json`, which an agency may
/// add to), the trip report first, then those an agency files with it, then any it added.
public struct ReportKinds: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Nothing to give: the context names the templates folder.
    public struct Input: Sendable {
        /// The kinds of the context's templates.
        public init() {}
    }

    /// One kind.
    public struct Kind: Sendable, Hashable {
        /// Its id on the command line and in links (`trip`).
        public var id: String
        /// Its name (出國報告 / Trip report).
        public var name: LocalizedText
        /// True when the kind also writes the upload system's fields as JSON and CSV (the abstract).
        public var uploadFields: Bool = false
    }

    /// The ids of the kinds shipped with Tripwright, in the order they are offered.
    public static let builtIn = ["trip", "council", "abstract", "review-form"]

    /// The kinds, in order.
    public func run(_ input: Input = Input()) async throws(AppError) -> [Kind] {
        let templates = try await context.templates()
        let order = ReportKinds.builtIn
        let ids = templates.kinds.keys.sorted { a, b in
            (order.firstIndex(of: a) ?? order.count, a) < (order.firstIndex(of: b) ?? order.count, b)
        }
        return ids.compactMap { id in
            guard let kind = templates.kinds[id] else { return nil }
            // The name is the kind file's own, the one its documents are titled with.
            return Kind(id: id, name: kind.name, uploadFields: kind.sections.contains { $0.fill == .abstract })
        }
    }

    /// The kind with an id, or `unknownReportKind` naming the nearest ids and every known one.
    public func validate(_ id: String) async throws(AppError) -> Kind {
        let kinds = try await run()
        if let kind = kinds.first(where: { $0.id == id }) { return kind }
        let ids = kinds.map(\.id)
        throw .unknownReportKind(id, nearest: NearestNames.nearest(to: id, among: ids), known: ids)
    }
}
