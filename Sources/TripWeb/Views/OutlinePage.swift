/// `/d/ID/outline/KIND`: a report's outline with drag-free controls per section (up, down,
/// merge with next, split, hide/show, rename), for organisers, phone first.
struct OutlinePage {
    let trip: TripHeader
    /// The kind's id and name.
    let kind: String
    let kindName: String
    /// The revision every form sends back.
    let revision: Int
    /// Why the last change was not made (changed meanwhile, at an edge…).
    let message: String?
    /// The sections, depth first.
    let sections: [Section]

    /// One section.
    struct Section {
        /// `2.1`.
        let path: String
        /// Indentation: 1 for the top level.
        let depth: Int
        /// The heading shown (its own, else its visits' titles).
        let heading: String
        /// Its own heading, for the rename field (empty: the visits' titles).
        let ownHeading: String
        /// The visits it covers, by title.
        let visits: String
        let hidden: Bool
        let first: Bool
        let last: Bool
        /// More than one visit: it can be split.
        let splittable: Bool
        /// Its own body text (empty: its visits' notes are printed).
        let ownText: String
        /// What is printed without one: its visits' notes (the drafted text), shown beside the field.
        let drafted: String
    }
}
