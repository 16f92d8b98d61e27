/// The snippets a templates folder holds (`snippets/NAME.mustache`): every drafted sentence.
enum Snippet: String, CaseIterable, Sendable {
    /// 摘要's draft.
    case summary
    /// 目的 not written.
    case purpose = "prompt-purpose"
    /// 建議 not written.
    case suggestions = "prompt-suggestions"
    /// 心得 not written and no themes.
    case reflections = "prompt-reflections"
    /// One theme's 心得 not written.
    case theme = "prompt-theme"
    /// A visit with no notes.
    case visit = "prompt-visit"
    /// A picture that is not there.
    case photo = "prompt-photo"
    /// A clipping with no screenshot.
    case clipping = "prompt-clipping"
    /// No clippings at all.
    case press = "prompt-press"
    /// 具體成效 with nothing logged.
    case outcomes = "prompt-outcomes"
    /// 結語 not written.
    case closing = "prompt-closing"
    /// An abstract field left empty.
    case field = "prompt-field"

    /// `snippets/prompt-visit.mustache`.
    var path: String { "snippets/\(rawValue).mustache" }
}
