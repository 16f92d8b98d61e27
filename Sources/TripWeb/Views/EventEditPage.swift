/// `/d/ID/e/EVENT/edit`: the event form, with both versions after a conflict.
struct EventEditPage {
    let trip: TripHeader
    let event: EventLine
    let form: FormView
    let kinds: [Choice]
    let places: [Choice]
    let hasErrors: Bool
    let conflict: Conflict?

    /// The event the form edits.
    struct EventLine {
        let id: String
        let title: String
        /// The revision the form was opened with.
        let revision: String
    }

    /// The stored values beside those typed.
    struct Conflict {
        let rows: [CompareRow]
    }
}
