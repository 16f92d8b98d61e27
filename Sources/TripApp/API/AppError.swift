import TripMedia
import TripModel
import TripReport
import TripStore

/// Everything a use case can refuse or fail with, each case carrying what a front end needs to
/// answer: the command line prints `message` and exits 2; the web picks a status by case and
/// shows `publicMessage` (or the form again, with what was typed and the fields marked).
public enum AppError: UserFacingError {
    /// The store refused or failed (no such delegation or event, a full disk, a busy database…).
    case store(StoreError)
    /// A plan file the reader refused: every problem at its file:line:column. Nothing was written.
    case plan(PlanErrors)
    /// Values refused by the plan reader (a form's fields, a command's flags), by key.
    case refused(FieldProblems)
    /// The values given with a file (a photo named on the command line) refused, by key.
    case refusedFile(String, FieldProblems)
    /// A photo or clipping that does not decode completely, or is not an image taken here.
    case media(MediaProblem)
    /// The report templates could not be read (missing or malformed files).
    case templates(ReportError)
    /// A report kind the templates do not have, with the nearest ids and every known one.
    case unknownReportKind(String, nearest: [String], known: [String])
    /// The report could not be made.
    case report(ReportError)
    /// A note edit based on an older revision: nothing saved; the note as it now is.
    case noteConflict(NoteConflict)
    /// A caption edit based on an older caption: nothing saved.
    case captionConflict(photo: Int64, conflict: EditConflict<String>)
    /// A prose field (目的, 摘要, 心得, 建議) saved over text changed since: nothing saved; both.
    case proseConflict(field: ProseField, conflict: EditConflict<ProseText>)
    /// An event form based on older values: nothing saved.
    case eventConflict(EditConflict<EventEdit>)
    /// A members form based on older rows (changed or removed meanwhile): nothing saved.
    case memberConflicts(MemberConflicts)
    /// Rows of the members form refused, by index: nothing was saved.
    case refusedRows([Int: EditMembers.RowRefusal])
    /// A member removal confirmed on a page showing older values: not removed.
    case memberChanged(EditConflict<Member>)
    /// A correction (delete, move, edit, undo) based on an item changed since: nothing saved;
    /// both versions.
    case loggedConflict(LoggedConflict)
    /// A correction the store cannot make (no such item or change, already undone…).
    case correction(CorrectionError)
    /// The requester's role may not do this.
    case forbidden
    /// A member named (by id or name) who is not in the delegation, with the nearest names.
    case notAMember(String, suggestions: [String])
    /// A new press clipping without its date or outlet (to change a stored one, name its id).
    case pressIncomplete(delegation: String)
    /// An edit that names no field to change.
    case nothingToChange
    /// An outline change that cannot be made, or one based on an outline changed since.
    case outline(OutlineProblem)
    /// Something named that is not there (a photo, a feed, a seed file).
    case notFound(String)
    /// A failure no case above describes; its text is for the log, not for the user.
    case unexpected(String)
    /// A leg or stay form based on an older copy of the item: nothing saved; both versions.
    case itemConflict(EditConflict<NewItem>)
    /// A day's order changed since the page was shown: nothing moved; the order now stored.
    case orderConflict(EditConflict<[String]>)
    /// A header form based on an older header: nothing saved; both, by plan key.
    case headerConflict(EditConflict<[String: String]>)

    /// The error as a use case throws it: errors of the layers keep their type in a case.
    public init(_ error: any Error) {
        switch error {
        case let e as AppError: self = e
        case let e as StoreError: self = .store(e)
        case let e as PlanErrors: self = .plan(e)
        case let e as FieldProblems: self = .refused(e)
        case let e as MediaProblem: self = .media(e)
        case let e as ReportError: self = .report(e)
        case let e as NoteConflict: self = .noteConflict(e)
        case let e as EditConflict<EventEdit>: self = .eventConflict(e)
        case let e as EditConflict<NewItem>: self = .itemConflict(e)
        case let e as EditConflict<[String]>: self = .orderConflict(e)
        case let e as EditConflict<[String: String]>: self = .headerConflict(e)
        case let e as MemberConflicts: self = .memberConflicts(e)
        case let e as EditConflict<Member>: self = .memberChanged(e)
        case let e as LoggedConflict: self = .loggedConflict(e)
        case let e as CorrectionError: self = .correction(e)
        case let e as OutlineProblem: self = .outline(e)
        default: self = .unexpected(String(describing: error))
        }
    }
}
