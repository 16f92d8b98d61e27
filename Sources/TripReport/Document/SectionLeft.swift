/// One heading of a draft with the writing prompts between it and the next heading: what is
/// left to write there (the web's report page lists them).
public struct SectionLeft: Hashable, Sendable {
    /// The heading, with its number, level, events and filler.
    public var heading: Heading
    /// The 【待填】 prompts under it, before the next heading.
    public var prompts: Int
    /// The paragraphs printed under it, before the next heading: what the report drafts there
    /// (a 【待填】 prompt, a drafted summary) or what was written.
    public var paragraphs: [String] = []
}
