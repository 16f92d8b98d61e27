/// `/d/ID/press`: the clippings, a page at a time, and the form to add one.
struct PressPage {
    let trip: TripHeader
    let items: [Clipping]
    /// The events a clipping may report.
    let events: [Choice]
    let form: FormView
    let hasErrors: Bool
    /// The links to the other pages of clippings.
    let pager: Pager

    /// One clipping.
    struct Clipping {
        let date: String
        let outlet: String
        let headline: String?
        /// Its link (http and https only).
        let url: String?
        let remark: String?
        /// Where the list's small copy of its image is served.
        let image: String?
        /// The image's larger copy (longest edge 1600 px), which the small copy links to.
        let imageView: String?
        /// The image's original file, as a download (原始檔).
        let original: String?
        /// Its correction routes (`/d/T/press/ID`: `/image`, `/up`, `/down`, `/delete`).
        let action: String
        /// True unless first in the report's order (it may move up).
        let up: Bool
        /// True unless last (it may move down).
        let down: Bool
    }
}
