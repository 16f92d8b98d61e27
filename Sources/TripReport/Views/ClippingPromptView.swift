/// `prompt-clipping`: a clipping with no screenshot.
struct ClippingPromptView: TemplateView {
    /// The outlet.
    let outlet: String
    /// Its date, ROC.
    let date: String
    /// The headline, when known.
    let headline: String?
}
