import Foundation
import TripChecks
import TripModel
import TripReport
import TripStore

/// The report's prose fields as their page shows them: each with what it holds, the revision an
/// edit must name, what the report drafts there when it is empty (the 【待填】 prompt, the
/// drafted summary) and the readiness findings of that field; one more 心得 part to add.
public struct ReadProse: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which delegation.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String

        /// The fields of a delegation.
        public init(trip: String) { self.trip = trip }
    }

    /// One field.
    public struct Entry: Sendable {
        /// The field (the last 心得 part is the one to add when it holds nothing).
        public var field: ProseField
        /// What it holds.
        public var value: ProseText
        /// The revision an edit of it names.
        public var revision: String
        /// What the report prints there when the field is empty.
        public var drafted: [String]
        /// The readiness findings of the field.
        public var findings: [Diagnostic]
    }

    /// The fields.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// 目的, 摘要, each 心得 part and one to add, 建議.
        public var entries: [Entry]
        /// The summary's length as the checks ask it (characters as `ProseCheck.count` counts).
        public var summaryLimits: (low: Int, high: Int)
    }

    /// Reads them; only for those who may write them (`Access.mayWriteProse`).
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        try Access.requireProse(context.requester, on: d)
        // What the report drafts in each place is seen with every field empty.
        var blank = d
        blank.purpose = nil
        blank.summary = nil
        blank.suggestions = nil
        blank.reflections = []
        // A council report drafts its 前言 from 目的 and its 結語 from 摘要: its prompts show too.
        var kinds = ["trip"]
        if d.council != nil, try await ReportKinds(context).run().contains(where: { $0.id == "council" }) { kinds.append("council") }
        var drafted: [ProseField: [String]] = [:]
        var themes: [(heading: String, paragraphs: [String])] = []
        for kind in kinds {
            for s in try await ReviewReport(context).draft(blank, kind: kind).sections {
                switch ReviewReport.place(s.heading, in: blank) {
                case let .prose(.reflection(i)):
                    drafted[.reflection(i), default: []] += s.paragraphs
                    themes.append((s.heading.text, s.paragraphs))
                case let .prose(field): drafted[field, default: []] += s.paragraphs
                default: continue
                }
            }
        }
        // The same prompt drafted by both kinds is shown once.
        drafted = drafted.mapValues { list in list.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }
        let entries = ProseField.all(reflections: d.reflections.count + 1).map { field -> Entry in
            let value = ProseText(field, of: d)
            var prompts = drafted[field.isReflection ? .reflection(0) : field] ?? []
            if case let .reflection(i) = field, d.reflections.indices.contains(i), let theme = d.reflections[i].theme {
                prompts = themes.first { $0.heading == theme }?.paragraphs ?? prompts
            }
            return Entry(field: field, value: value, revision: value.revision, drafted: prompts, findings: ProseCheck.findings(field, in: d))
        }
        return Output(delegation: d, entries: entries, summaryLimits: ProseCheck.summaryLimits(d))
    }
}
