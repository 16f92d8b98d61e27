/// `/d/ID/report`: what is left before the chosen report can be filed (each heading with its
/// 【待填】 prompts and where they are filled, the readiness findings, the report's warnings, a
/// preview), then every report kind with a download link per format.
struct ReportPage {
    let trip: TripHeader
    let kinds: [Kind]
    /// The kind looked at, e.g. 出國報告.
    let reviewed: String
    /// Its id, for the preview link.
    let reviewedID: String
    /// Every prompt in the draft.
    let prompts: Int
    /// True when nothing is left to write.
    let done: Bool
    /// The draft's headings, in order.
    let sections: [Section]
    /// Report-readiness findings of the checks.
    let readiness: [Line]
    /// What a run writing ODT, DOCX and PDF warns about.
    let warnings: [Line]
    /// The report text page, for those who may write it.
    let proseLink: String?

    /// One kind.
    struct Kind {
        let id: String
        let name: String
        let formats: [Download]
        /// The kind on show.
        let current: Bool
    }

    /// One format's link.
    struct Download {
        let format: String
        let link: String
    }

    /// One heading of the draft.
    struct Section {
        /// `level-2`…: indentation by level.
        let level: Int
        let heading: String
        /// Prompts under it; nil when none (nothing shown). Not named `prompts`: a nil would let
        /// Mustache find the page's total instead.
        let left: Int?
        /// Where they are filled; nil when nowhere of its own.
        let link: String?
        /// What the link says: the event's page, the press page, the plan file.
        let linkLabel: String?
    }

    /// A finding or a warning.
    struct Line {
        let severity: String
        let message: String
        let fix: String?
    }
}
