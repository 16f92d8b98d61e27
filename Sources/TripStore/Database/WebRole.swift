import TripModel

/// What a web user may do: organisers edit plans, members log on their own delegations, viewers read.
public enum WebRole: String, Sendable, CaseIterable, Codable {
    /// Edits plans and everything else.
    case organiser
    /// Logs notes, photos and press on the delegations they travel with.
    case member
    /// Reads.
    case viewer

    /// 承辦人 / organiser, 團員 / member, 檢視者 / viewer.
    public var name: LocalizedText {
        switch self {
        case .organiser: LocalizedText(zh: "承辦人", en: "organiser")
        case .member: LocalizedText(zh: "團員", en: "member")
        case .viewer: LocalizedText(zh: "檢視者", en: "viewer")
        }
    }

    /// 承辦人 / 團員 / 檢視者.
    public var zh: String { name.zh }
}
