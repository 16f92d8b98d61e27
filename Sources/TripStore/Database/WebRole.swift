/// What a web user may do: organisers edit plans, members log on their own delegations, viewers read.
public enum WebRole: String, Sendable, CaseIterable, Codable {
    /// Edits plans and everything else.
    case organiser
    /// Logs notes, photos and press on the delegations they travel with.
    case member
    /// Reads.
    case viewer

    /// 承辦人 / 團員 / 檢視者.
    public var zh: String {
        switch self {
        case .organiser: "承辦人"
        case .member: "團員"
        case .viewer: "檢視者"
        }
    }
}
