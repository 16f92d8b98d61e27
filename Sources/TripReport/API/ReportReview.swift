import TripModel

/// A draft looked at without writing its files: what is left under each heading, every warning
/// a run would give for ODT, DOCX and PDF, and the HTML writer's page (the web's report page).
public struct ReportReview: Sendable {
    /// Every heading with the prompts under it, in order.
    public var sections: [SectionLeft]
    /// Prompts on the cover, before the first heading.
    public var coverPrompts: Int
    /// Every prompt in the draft.
    public var prompts: [String]
    /// Unreadable pictures, text the checks flag, characters without a glyph, missing facts.
    public var warnings: [LocalizedText]
    /// The draft as the HTML writer makes it (pictures are referred to under `images/`).
    public var html: String
}
