/// `prompt-theme`: one theme with no reflection written, over the report's facts.
struct ThemePromptView: TemplateView {
    /// The theme.
    let theme: String
    /// The visits with that theme, joined with 、.
    let visitNames: String
}
