/// `/d/ID/add/KIND`: a form adding an event, a leg or a stay; each field as typed, refused
/// fields marked with their messages.
struct ItemAddPage {
    let trip: TripHeader
    /// `新增行程` / `Add an event`, …
    let heading: String
    /// Where the form posts.
    let action: String
    let fields: [Field]
    let hasErrors: Bool
    let general: [String]

    /// One field of the form.
    struct Field {
        /// The posted name (a plan key).
        let name: String
        let label: String
        let value: String
        /// A short example shown in the empty field.
        let placeholder: String?
        /// `text`, `date`; nil for a select or the members' checkboxes.
        let type: String?
        /// A select's choices.
        let choices: [Choice]?
        /// True for a select.
        let select: Bool
        /// The members' checkboxes (participants; none ticked: everyone).
        let members: [Choice]?
        /// True for the members' checkboxes.
        let checkboxes: Bool
        /// True for a place field searching as the user types.
        let placeSearch: Bool
        /// Lines of help under the field (what it takes, a place's zone).
        let help: [String]
        let invalid: Bool
        let errors: [String]
    }
}
