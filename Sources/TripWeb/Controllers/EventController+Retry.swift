import Hummingbird
import TripApp
import TripModel

extension EventController {
    /// What the page shows again after a refused or stale post.
    struct Retry {
        /// A note edit based on an old revision.
        var noteConflict: NoteConflict?
        /// A caption edit based on an old caption: the photo, and both texts.
        var captionConflict: (photo: Int64, conflict: EditConflict<String>)?
        /// A form whose values were refused: its name (`note`, `photos`, `counterpart`, …) and state.
        var form: (name: String, state: FormState)?
        /// The status to answer with.
        var status: HTTPResponse.Status = .ok
    }
}
