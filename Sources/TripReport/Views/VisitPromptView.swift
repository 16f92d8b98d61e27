/// `prompt-visit`: a visit with no notes, over the report's facts (its `title` is the visit's).
struct VisitPromptView: TemplateView {
    /// `9 月 1 日`.
    let date: String
    /// The visit's title.
    let title: String
    /// Its kind (拜會), nil when the title already starts with it.
    let kind: String?
    /// Its host, when named.
    let host: String?
}
