/// `/d/ID/edit`: the delegation's header as stored or typed, refused fields marked, and the
/// stored values beside those typed after a conflict.
struct DelegationEditPage {
    let trip: TripHeader
    let form: FormView
    /// The revision the form carries.
    let revision: String
    /// 出國類別 choices, the one typed selected.
    let categories: [Choice]
    /// Status choices, the one typed selected.
    let statuses: [Choice]
    /// The members, the contact selected.
    let contacts: [Choice]
    let hasErrors: Bool
    /// The stored values beside those typed, after a save against a changed header.
    let conflict: [CompareRow]
    let hasConflict: Bool
}
