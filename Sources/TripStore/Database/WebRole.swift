import TripModel

/// What a web user may do. An administrator sees and edits every delegation and grants the
/// others; organisers edit and viewers read the delegations they are granted (per delegation,
/// `AccessGrant`); members log on the delegations whose members list has their name or id.
public enum WebRole: String, Sendable, CaseIterable, Codable {
    /// Sees and edits every delegation, and grants organisers and viewers their delegations.
    case administrator
    /// Edits the plans of the delegations granted to them (and creates new ones).
    case organiser
    /// Logs notes, photos and press on the delegations they travel with.
    case member
    /// Reads the delegations granted to them.
    case viewer

    /// 管理者 / administrator, 承辦人 / organiser, 團員 / member, 檢視者 / viewer.
    public var name: LocalizedText {
        switch self {
        case .administrator: LocalizedText(zh: "管理者", en: "administrator")
        case .organiser: LocalizedText(zh: "承辦人", en: "organiser")
        case .member: LocalizedText(zh: "團員", en: "member")
        case .viewer: LocalizedText(zh: "檢視者", en: "viewer")
        }
    }

    /// 管理者 / 承辦人 / 團員 / 檢視者.
    public var zh: String { name.zh }

    /// True for the roles an account is granted per delegation (organiser, viewer); the same two
    /// are the roles a grant gives.
    public var isGranted: Bool { self == .organiser || self == .viewer }
}
