/// A block a report can show under a visit, turned on or off per report kind (Templates/kinds)
/// and per report (the plan's `outline:`): seed 000 shows neither 會晤人員 nor 具體成果.
public enum ReportBlock: String, CodedValue, Codable {
    /// 會晤人員: the counterparts met.
    case counterparts
    /// 具體成果: the outcomes, under each visit and as the council kind's closing list.
    case outcomes
    /// The visit's photo grid (and its prompts for missing files).
    case photos

    /// 會晤人員 / People met, …
    public var name: LocalizedText {
        switch self {
        case .counterparts: LocalizedText(zh: "會晤人員", en: "People met")
        case .outcomes: LocalizedText(zh: "具體成果", en: "Outcomes")
        case .photos: LocalizedText(zh: "照片", en: "Photos")
        }
    }
}
