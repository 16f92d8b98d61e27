import Foundation
import TripChecks
import TripModel
import TripReport

/// What is left before a report can be filed (the web's report page): each heading with the
/// 【待填】 prompts under it and where they are filled, the report-readiness findings, every
/// warning a run would give, and the HTML writer's page for the current state. Writes nothing.
public struct ReviewReport: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which report.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The kind's id.
        public var kind: String

        /// A report to review.
        public init(trip: String, kind: String = "trip") {
            self.trip = trip
            self.kind = kind
        }
    }

    /// Where a section's prompts are filled.
    public enum Place: Sendable, Hashable {
        /// On an event's page (notes, photos, people met, outcomes).
        case event(String)
        /// On the press page.
        case press
        /// In a prose field (目的, 摘要 and the council 結語 drafted from it, a 心得 part, 建議):
        /// the report text page.
        case prose(ProseField)
        /// In the plan file (the council 具體成效's outcomes list).
        case plan
        /// Nowhere of its own (a group, the itinerary, the members table).
        case none
    }

    /// One heading of the draft.
    public struct Section: Sendable, Hashable {
        /// 1 for 壹、, 2 for 一、, …
        public var level: Int
        /// The heading as printed, number included.
        public var heading: String
        /// The prompts under it, before the next heading.
        public var prompts: Int
        /// Where they are filled.
        public var place: Place
        /// The paragraphs printed under it: the drafted text or prompt, or what was written.
        public var paragraphs: [String]
    }

    /// The review.
    public struct Output: Sendable {
        /// The delegation.
        public var delegation: Delegation
        /// The kind reviewed.
        public var kind: ReportKinds.Kind
        /// Every heading, in order.
        public var sections: [Section]
        /// Prompts on the cover.
        public var coverPrompts: Int
        /// Every prompt of the draft.
        public var prompts: Int
        /// The report-readiness findings of the checks.
        public var readiness: [Diagnostic]
        /// What a run writing ODT, DOCX and PDF would warn about.
        public var warnings: [LocalizedText]
        /// The draft as HTML.
        public var html: String
    }

    /// Drafts the report in memory and looks at it.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let kind = try await ReportKinds(context).validate(input.kind)
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        let review = try await draft(d, kind: kind.id)
        let sections = review.sections.map { s in
            Section(
                level: s.heading.level,
                heading: s.heading.fullText,
                prompts: s.prompts,
                place: ReviewReport.place(s.heading, in: d),
                paragraphs: s.paragraphs
            )
        }
        let readiness = context.checks(d).diagnostics.filter { $0.code.rule == .report && $0.acknowledged == nil }
        return Output(
            delegation: d,
            kind: kind,
            sections: sections,
            coverPrompts: review.coverPrompts,
            prompts: review.prompts.count,
            readiness: readiness,
            warnings: review.warnings,
            html: review.html
        )
    }

    /// The report of a kind drafted in memory and looked at (no files written).
    func draft(_ d: Delegation, kind: String) async throws(AppError) -> ReportReview {
        let templates = try await context.templates()
        let options = ReportOptions(
            kind: kind,
            formats: [],
            outFolder: FileManager.default.temporaryDirectory,
            photoRoot: context.location.files,
            photos: PhotoProcessor(cacheFolder: context.photoCache)
        )
        do {
            return try await blocking { () throws(ReportError) -> ReportReview in
                try ReportGenerator(templates: templates).review(d, options: options)
            }
        } catch {
            throw AppError(error)
        }
    }

    static func place(_ h: Heading, in d: Delegation) -> Place {
        if let first = h.events.first { return .event(first) }
        switch h.fill.flatMap(Filler.init(rawValue:)) {
        case .press: return .press
        case .summary, .closing: return .prose(.summary)
        case .purpose: return .prose(.purpose)
        case .suggestions: return .prose(.suggestions)
        case .reflections:
            // A written part's heading is its theme; a theme with nothing written yet is added.
            return .prose(.reflection(d.reflections.firstIndex { $0.theme == h.text } ?? d.reflections.count))
        case .outcomes: return .plan
        default: return .none
        }
    }
}
