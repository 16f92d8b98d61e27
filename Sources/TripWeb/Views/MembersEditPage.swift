/// `/d/ID/members/edit`: one row per member and one for a new member; refused rows keep what
/// was typed, rows that lost the race show both versions.
struct MembersEditPage {
    let trip: TripHeader
    let rows: [Row]
    let hasErrors: Bool
    /// True after a conflict.
    let conflicted: Bool
    /// Members removed after the form was opened.
    let removed: [Removed]

    /// One member's row.
    struct Row {
        /// True for a stored member (false: the new member's row).
        let existing: Bool
        let revision: String?
        let form: FormView
        /// True when the role is leader.
        let leader: Bool
        let removeLink: String?
        let hasConflict: Bool?
        let conflict: [CompareRow]?
    }

    /// A member removed meanwhile.
    struct Removed {
        let id: String
    }
}
