/// `prompt-field`: a field of the abstract with no value.
struct FieldPromptView: TemplateView {
    /// The field's name (報告日期).
    let field: String
}
