import Mustache
import TripApp
import TripModel

/// `/d/ID/e/EVENT`: an event and everything logged on it, with the forms to log more; a
/// refused or stale post shows it again with what was typed.
struct EventPage {
    let trip: TripHeader
    let event: EventLine
    let diagnostics: [DiagnosticLine]
    let notes: [NoteView]
    /// The links to the other pages of notes (the page's one long list).
    let pager: Pager
    /// This page of notes' address: a note edited here comes back to it.
    let notesAddress: String
    let photos: [PhotoView]
    let counterparts: [Counterpart]
    let outcomes: [OutcomeLine]
    let followUps: [FollowUpLine]
    /// The members a new follow-up may be given to (its owner select); the one typed before a
    /// refusal is selected.
    let owners: [Choice]
    /// The delegation's follow-ups board.
    let boardLink: String
    /// What the save that came back here has to say.
    let notices: [SavedNotice]
    /// A note edit that lost the race.
    let conflict: NoteConflictView?
    /// A caption edit that lost the race.
    let captionConflict: CaptionConflictView?
    /// The forms shown again with what was typed.
    let forms: Forms?
    /// The latest corrections of this event, newest first, with undo buttons.
    let recent: [HistoryLine]
    /// The event's history page.
    let historyLink: String

    /// The event's header.
    struct EventLine {
        let id: String
        let title: String
        let kind: String
        let day: String
        let time: String?
        let place: String?
        let host: String?
        let who: String
        /// The event's address, which its forms post under.
        let action: String
    }

    /// A note with its edit form.
    struct NoteView: TemplateFields {
        let id: Int64
        let text: String?
        let revision: Int
        let author: String?
        let at: String?
        let edited: Bool
        let previous: [Earlier]
        let action: String
        let form: FormView?
        /// Delete and move controls (for those who may log).
        let fix: FixView?

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "text": text
            case "revision": revision
            case "author": author
            case "at": at
            case "edited": edited
            case "previous": previous
            case "action": action
            case "form": form
            case "fix": fix
            default: nil
            }
        }
    }

    /// An earlier text of a note.
    struct Earlier: TemplateFields {
        let text: String?

        func child(named name: String) -> Any? {
            name == "text" ? text : nil
        }
    }

    /// A photo with its caption form.
    struct PhotoView: TemplateFields {
        /// Where the grid's small copy is served; nil while the file is missing.
        let src: String?
        /// The photo view's copy (longest edge 1600 px), which the small copy links to.
        let view: String?
        /// The original file, as a download (原始檔).
        let original: String?
        let caption: String?
        let captionAction: String
        let captionRevision: String
        let taken: String?
        let form: FormView?
        /// Where an uploaded file goes: fills the placeholder, or replaces the photo's file.
        let fileAction: String
        /// Delete and move controls.
        let fix: FixView?

        func child(named name: String) -> Any? {
            switch name {
            case "src": src
            case "view": view
            case "original": original
            case "caption": caption
            case "captionAction": captionAction
            case "captionRevision": captionRevision
            case "taken": taken
            case "form": form
            case "fileAction": fileAction
            case "fix": fix
            default: nil
            }
        }
    }

    /// A person met.
    struct Counterpart {
        let name: String
        let title: String?
        let organisation: String?
        /// Delete, move and edit controls.
        let fix: FixView?
    }

    /// An outcome.
    struct OutcomeLine {
        let text: String
        let date: String?
        /// Delete, move and edit controls.
        let fix: FixView?
    }

    /// A follow-up.
    struct FollowUpLine {
        let task: String
        let owner: String?
        let due: String?
        let status: String
        /// Delete, move and edit controls.
        let fix: FixView?
    }

    /// Both texts of a note edit that lost the race, and the form to send again.
    struct NoteConflictView {
        let theirs: String?
        let yours: String?
        let revision: Int
        let action: String
    }

    /// Both captions of a caption edit that lost the race.
    struct CaptionConflictView {
        let theirs: String?
        let yours: String?
        let revision: String
        let action: String
    }

    /// The add forms shown again.
    struct Forms {
        let note: FormView?
        let photos: FormView?
        let counterpart: FormView?
        let outcome: FormView?
        let followUp: FormView?
    }
}
