/// `/d/ID/access` (權限): who has access to the delegation, and the administrator's forms to
/// grant and revoke it.
struct AccessPage {
    let trip: TripHeader
    /// The accounts granted it, by name.
    let grants: [Grant]
    /// Organiser and viewer accounts that could be granted it (the grant form's select).
    let grantable: [Choice]
    /// True when someone could be granted it (the grant form is shown).
    let mayGrant: Bool
    /// The roles a grant gives (the grant form's select).
    let roles: [Choice]
    /// Administrator accounts, by name.
    let administrators: [String]
    /// Member accounts on its members list, by name.
    let members: [String]

    /// One granted account.
    struct Grant {
        /// The account's name (the revoke form posts it).
        let name: String
        /// The account's own role.
        let accountRole: String
        /// The role the grant gives here.
        let role: String
    }
}
