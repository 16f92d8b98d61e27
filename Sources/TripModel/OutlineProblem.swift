/// Why an outline change was not made, in the user's words with what to do instead.
public enum OutlineProblem: UserFacingError, Hashable {
    /// No section at that path.
    case noSection(OutlinePath)
    /// The first section cannot move up, the last cannot move down or merge with a next.
    case atEdge(OutlinePath, OutlineChangeKind)
    /// A section with one visit (or none) cannot be split.
    case nothingToSplit(OutlinePath)
    /// A heading a text field may not hold.
    case heading(FieldText.Problem)
    /// A section text a text field may not hold.
    case text(FieldText.Problem)
    /// Someone changed the outline since the page was opened: nothing was saved.
    case changedMeanwhile(currentRevision: Int)

    /// What happened and what to do.
    public var message: LocalizedText {
        switch self {
        case let .noSection(path):
            LocalizedText(zh: "大綱中沒有第 \(path) 段，請重新整理頁面後再試。", en: "The outline has no section \(path); reload the page and try again.")
        case let .atEdge(path, kind):
            switch kind {
            case .moveUp: LocalizedText(zh: "第 \(path) 段已是這一層的第一段，無法上移。", en: "Section \(path) is already the first at its level; it cannot move up.")
            case .moveDown:
                LocalizedText(zh: "第 \(path) 段已是這一層的最後一段，無法下移。", en: "Section \(path) is already the last at its level; it cannot move down.")
            case .merge: LocalizedText(zh: "第 \(path) 段之後沒有同一層的段落可以合併。", en: "No section follows \(path) at its level to merge with.")
            }
        case let .nothingToSplit(path):
            LocalizedText(zh: "第 \(path) 段只涵蓋一個行程，無法拆分。", en: "Section \(path) covers one visit or none; there is nothing to split.")
        case let .heading(problem):
            problem.message(field: "heading")
        case let .text(problem):
            problem.message(field: "text")
        case .changedMeanwhile:
            LocalizedText(
                zh: "大綱在您開啟頁面後已被他人修改，本次變更未儲存。請查看目前的大綱後再操作一次。",
                en: "Someone else changed the outline after you opened the page; nothing was saved. Look at the outline as it is now, then try again."
            )
        }
    }
}

/// The changes that can meet the edge of a level.
public enum OutlineChangeKind: Hashable, Sendable {
    /// Move up.
    case moveUp
    /// Move down.
    case moveDown
    /// Merge with the next.
    case merge
}
