/// `/d/ID/press/PRESS/edit`: a clipping's fields as stored or typed, refused fields marked, and
/// the stored values beside those typed after a conflict.
struct PressEditPage {
    let trip: TripHeader
    /// The clipping's id.
    let id: String
    let form: FormView
    /// The revision the form carries.
    let revision: String
    /// The delegation's events, the one typed selected.
    let events: [Choice]
    let hasErrors: Bool
    /// The stored values beside those typed, after a save against a changed clipping.
    let conflict: [CompareRow]
    let hasConflict: Bool
}
