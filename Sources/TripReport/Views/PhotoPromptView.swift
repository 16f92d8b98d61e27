/// `prompt-photo`: a picture that is not there (no file given, or the file cannot be read).
struct PhotoPromptView: TemplateView {
    /// The file as the plan or the log names it.
    let file: String
    /// True when the file exists but cannot be read.
    let unreadable: Bool
    /// Why it cannot be read, in zh-Hant; empty otherwise.
    let problem: String
}
