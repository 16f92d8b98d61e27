import TripModel

extension LoggedKind {
    /// The kind's name in messages, pages and the command line (筆記 / note …).
    public var name: LocalizedText {
        switch self {
        case .note: LocalizedText(zh: "筆記", en: "note")
        case .photo: LocalizedText(zh: "照片", en: "photo")
        case .outcome: LocalizedText(zh: "具體成果", en: "outcome")
        case .followUp: LocalizedText(zh: "後續追蹤事項", en: "follow-up")
        case .press: LocalizedText(zh: "剪報", en: "clipping")
        case .counterpart: LocalizedText(zh: "會晤人員", en: "person met")
        }
    }
}

extension LoggedAction {
    /// What the correction did, as a verb before the kind (修改 / edited …); English lower case.
    public var name: LocalizedText {
        switch self {
        case .edit: LocalizedText(zh: "修改", en: "edited")
        case .file: LocalizedText(zh: "補上檔案", en: "gave a file to")
        case .delete: LocalizedText(zh: "刪除", en: "deleted")
        case .move: LocalizedText(zh: "移動", en: "moved")
        case .reorder: LocalizedText(zh: "調整順序", en: "reordered")
        case .undo: LocalizedText(zh: "復原", en: "undid a change of")
        }
    }
}
