import Mustache
import TripModel

/// The words of the pages, one case each, in zh-Hant and English (`Word+Text.swift`); templates
/// name them as `{{t.name}}`, Swift code as `Word.name`, so a word used in code is checked
/// by the compiler.
enum Word: String, CaseIterable, Sendable {
    case app
    case delegations
    case today
    case overview
    case schedule
    case press
    case report
    case plan
    case calendar
    case members
    case member
    case everyone
    case period
    case planTitle
    case category
    case agency
    case countries
    case status
    case namesTitles
    case reportDue
    case reportZipNote
    case diagnostics
    case noDiagnostics
    case order
    case unit
    case jobTitle
    case name
    case role
    case items
    case nothingPlanned
    case stay
    case localTimes
    case notes
    case addNote
    case save
    case edit
    case previousText
    case photos
    case addPhotos
    case caption
    case taken
    case upload
    case counterparts
    case addCounterpart
    case organisation
    case outcomes
    case addOutcome
    case followUps
    case addFollowUp
    case task
    case owner
    case due
    case date
    case text
    case host
    case place
    case now
    case next
    case current
    case otherToday
    case pick
    case nothingToday
    case outlet
    case headline
    case link
    case image
    case addPress
    case uploadPlan
    case planErrors
    case imported
    case download
    case signIn
    case signOut
    case code
    case codeHelp
    case back
    case error
    case offlineSaved
    case offlineSent
    case conflict
    case yourText
    case theirText
    case makeFeed
    case feedOnce
    case logged
    case newest
    case editMembers
    case start
    case end
    case titleLabel
    case kindLabel
    case example
    case editCaption
    case noFile
    case rank
    case email
    case idLabel
    case formErrors
    case editConflict
    case field
    case removeMember
    case removeConfirm
    case removeRefused
    case confirmRemove
    case cancel
    case captionConflict
    case removedMeanwhile
    case newMember
    case idHelp
}

/// The words in one language, as templates read them (`t.save`).
struct WordTable: MustacheParent, Sendable {
    /// The language.
    let lang: Lang

    func child(named name: String) -> Any? {
        Word(rawValue: name)?.text.text(lang)
    }
}
