/// The built-in fillers a report kind can name for a section's content.
public enum Filler: String, Hashable, Sendable, Decodable, CaseIterable {
    /// 摘要: the written summary, else a draft from `snippets/summary.mustache`.
    case summary
    /// 出國人員名單: 項次/單位/職稱/姓名.
    case members
    /// 目的: the written purpose, else a prompt.
    case purpose
    /// 參訪日程 in the layout of seed 000 (date, type, content).
    case itinerary
    /// The itinerary in the layout of seed 004 (date and place, content).
    case councilItinerary = "council-itinerary"
    /// One numbered sub-section per visit: notes, counterparts, outcomes, photos.
    case visits
    /// 心得: one part per written reflection, else one prompt per theme.
    case reflections
    /// 建議: the written suggestions, else a prompt.
    case suggestions
    /// 新聞輿情蒐集: clippings with image, outlet and date.
    case press
    /// 附錄: follow-ups, when there are any.
    case appendix
    /// Every outcome of every visit, as a list (council 具體成效).
    case outcomes
    /// A prompt listing the visits (council 結語).
    case closing
    /// 出國報告提要: the abstract's fact table.
    case abstract
    /// 審核表: the review form's items and signature lines.
    case reviewForm = "review-form"
}
