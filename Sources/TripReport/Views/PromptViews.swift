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

/// `prompt-theme`: one theme with no reflection written, over the report's facts.
struct ThemePromptView: TemplateView {
    /// The theme.
    let theme: String
    /// The visits with that theme, joined with 、.
    let visitNames: String
}

/// `prompt-photo`: a picture that is not there (no file given, or the file cannot be read).
struct PhotoPromptView: TemplateView {
    /// The file as the plan or the log names it.
    let file: String
    /// True when the file exists but cannot be read.
    let unreadable: Bool
    /// Why it cannot be read, in zh-Hant; empty otherwise.
    let problem: String
}

/// `prompt-clipping`: a clipping with no screenshot.
struct ClippingPromptView: TemplateView {
    /// The outlet.
    let outlet: String
    /// Its date, ROC.
    let date: String
    /// The headline, when known.
    let headline: String?
}

/// `prompt-field`: a field of the abstract with no value.
struct FieldPromptView: TemplateView {
    /// The field's name (報告日期).
    let field: String
}
