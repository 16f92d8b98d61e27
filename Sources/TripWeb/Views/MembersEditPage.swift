/// `/d/ID/members/edit`: one row per member and one for a new member; refused rows keep what
/// was typed, rows that lost the race show both versions.
struct MembersEditPage {
    let trip: TripHeader
    let rows: [Row]
    let hasErrors: Bool
    /// The members whose rows need fixing, by name, so the notice says whose (`張峯源、新增人員`).
    let concerned: String?
    /// The roster checks' findings (no leader, a member with nothing on a day, an unknown participant).
    let diagnostics: [DiagnosticLine]
    /// True after a conflict.
    let conflicted: Bool
    /// Members removed after the form was opened.
    let removed: [Removed]

    /// One member's row.
    struct Row {
        /// True for a stored member (false: the new member's row).
        let existing: Bool
        /// Whose row it is: the stored member's name, else the new member's.
        let legend: String
        let revision: String?
        let form: FormView
        /// The roles in the page's language, the row's selected.
        let roles: [Choice]
        let removeLink: String?
        let hasConflict: Bool?
        let conflict: [CompareRow]?
    }

    /// A member removed meanwhile.
    struct Removed {
        let id: String
    }
}
