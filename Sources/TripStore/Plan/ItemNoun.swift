import TripModel

/// What the plan's lists hold, by the key a message carries (`member`, `place`, `event`, `leg`,
/// `stay`, `press`), as a user calls them in each language.
enum ItemNoun {
    /// `人員` / `member`; an unknown key as it is.
    static func of(_ kind: String) -> LocalizedText {
        switch kind {
        case "member": LocalizedText(zh: "人員", en: "member")
        case "delegation": LocalizedText(zh: "出國案", en: "delegation")
        case "place": LocalizedText(zh: "地點", en: "place")
        case "event": LocalizedText(zh: "行程", en: "event")
        case "leg": LocalizedText(zh: "交通", en: "leg")
        case "stay": LocalizedText(zh: "住宿", en: "stay")
        case "press": LocalizedText(zh: "新聞", en: "press item")
        default: LocalizedText(zh: kind, en: kind)
        }
    }
}
