import TripChecks
import TripMedia
import TripReport
import TripStore

// The types of the layers the front ends name, re-exported so that the command line and the web
// import TripApp and TripModel only, never the store, the checks, the reports or the calendar.

/// Where the database and the logged files live (`--db`, `$TRIPWRIGHT_DB`, XDG).
public typealias DataLocation = TripStore.DataLocation
/// The store; a server opens it once (`OpenServer`) and passes it in the context.
public typealias TripDatabase = TripStore.TripDatabase
/// The outcome of the checks: diagnostics and counts.
public typealias CheckResult = TripChecks.CheckResult
/// One finding of the checks.
public typealias Diagnostic = TripChecks.Diagnostic
/// How serious a finding is.
public typealias Severity = TripChecks.Severity
/// A report format: md, html, odt, docx, pdf.
public typealias ReportFormat = TripReport.ReportFormat
/// What an import created, updated, kept and removed.
public typealias ImportSummary = TripStore.ImportSummary
/// One row of the delegations list.
public typealias DelegationSummary = TripStore.DelegationSummary
/// A web user's role.
public typealias WebRole = TripStore.WebRole
/// A web user.
public typealias WebUser = TripStore.WebUser
/// An account's access to one delegation and its role there.
public typealias AccessGrant = TripStore.AccessGrant
/// A signed-in session.
public typealias WebSession = TripStore.WebSession
/// A note with its revision and earlier texts.
public typealias StoredNote = TripStore.StoredNote
/// The values of an event the event form edits.
public typealias EventEdit = TripStore.EventEdit
/// An event, leg or stay as a form adds or edits it.
public typealias NewItem = TripStore.NewItem
/// What is logged against an event, counted (why it cannot be deleted).
public typealias LoggedHoldings = TripStore.LoggedHoldings
/// An edit that lost the race: the stored value, the one attempted, the current revision.
public typealias EditConflict = TripStore.EditConflict
/// A note edit that lost the race.
public typealias NoteConflict = TripStore.NoteConflict
/// Member rows changed or removed since the form was opened.
public typealias MemberConflicts = TripStore.MemberConflicts
/// The store's errors, by case.
public typealias StoreError = TripStore.StoreError
/// Values refused by the plan reader, by key.
public typealias FieldProblems = TripStore.FieldProblems
/// One refused value.
public typealias FieldProblem = TripStore.FieldProblem
/// The problems of a refused plan file, each at file:line:column.
public typealias PlanErrors = TripStore.PlanErrors
/// One problem of a plan file.
public typealias PlanError = TripStore.PlanError
/// How many plan problems are printed before "and N more".
public typealias PlanLimits = TripStore.PlanLimits
/// A photo or clipping that cannot be taken.
public typealias MediaProblem = TripMedia.MediaProblem
/// Why a report could not be made.
public typealias ReportError = TripReport.ReportError
/// What a report run is doing (photos prepared so far, a file written), for a progress line.
public typealias ReportProgress = TripReport.ReportProgress
/// Revision stamps of what forms edit.
public typealias EditRevision = TripStore.EditRevision
/// Random secrets and their digests (session tokens, the browser's CSRF binding).
public typealias SecretToken = TripStore.SecretToken
/// A logged item a correction names.
public typealias LoggedItem = TripStore.LoggedItem
/// The kinds of logged items.
public typealias LoggedKind = TripStore.LoggedKind
/// What a correction did.
public typealias LoggedAction = TripStore.LoggedAction
/// A logged item's values.
public typealias LoggedValue = TripStore.LoggedValue
/// A logged item as stored now, with its revision.
public typealias LoggedEntry = TripStore.LoggedEntry
/// One row of the correction history.
public typealias LoggedChange = TripStore.LoggedChange
/// A correction that lost the race: both versions.
public typealias LoggedConflict = TripStore.LoggedConflict
/// A correction the store cannot make.
public typealias CorrectionError = TripStore.CorrectionError
/// What one report prose field holds (a text; a 心得 part's theme too).
public typealias ProseText = TripStore.ProseText
/// The readiness findings of a prose field and the one count of a summary's characters.
public typealias ProseCheck = TripChecks.ProseCheck
/// One follow-up as the follow-ups board lists it.
public typealias FollowUpBoardRow = TripStore.FollowUpBoardRow
/// What became of a photo sent again to an event that had it.
public typealias PhotoAlreadyStored = TripStore.PhotoAlreadyStored
