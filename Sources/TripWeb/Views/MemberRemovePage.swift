/// `/d/ID/members/MEMBER/remove`: the confirmation, or why the member cannot go now.
struct MemberRemovePage {
    let trip: TripHeader
    let member: MemberLine
    /// Why the member cannot be removed now.
    let refused: String?
    /// What happened to an earlier attempt (changed meanwhile).
    let message: String?

    /// The member.
    struct MemberLine {
        let id: String
        let name: String
        let title: String?
        let unit: String?
        let revision: String
    }
}
