import Foundation

/// A note logged against an event. Notes are never silently overwritten: an edit keeps the
/// previous text in `previous`.
public struct Note: Hashable, Sendable {
    /// Database id (nil until stored).
    public var id: Int64?
    /// The text.
    public var text: String
    /// Member id of the writer, when known.
    public var author: String?
    /// When it was written.
    public var createdAt: Date?

    /// Creates a note.
    public init(id: Int64? = nil, text: String, author: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.text = text
        self.author = author
        self.createdAt = createdAt
    }
}

/// A photo logged against an event; the file lives in the data folder, never changed.
public struct Photo: Hashable, Sendable {
    /// Database id (nil until stored).
    public var id: Int64?
    /// Path of the file, relative to the data folder (or as written in the plan); nil when the
    /// report names a photo whose file has not been added yet.
    public var file: String?
    /// Caption shown under the photo in the report.
    public var caption: String?
    /// When it was taken, when known.
    public var takenAt: Date?

    /// Creates a photo.
    public init(id: Int64? = nil, file: String?, caption: String? = nil, takenAt: Date? = nil) {
        self.id = id
        self.file = file
        self.caption = caption
        self.takenAt = takenAt
    }
}

/// Something an event achieved, e.g. a signed MOU.
public struct Outcome: Hashable, Sendable {
    /// What was achieved.
    public var text: String
    /// When, if it happened on a known day (e.g. an MOU signed after the trip).
    public var date: LocalDate?

    /// Creates an outcome.
    public init(text: String, date: LocalDate? = nil) {
        self.text = text
        self.date = date
    }
}

/// A task arising from an event.
public struct FollowUp: Hashable, Sendable {
    /// The task.
    public var task: String
    /// Who does it (member id or a name).
    public var owner: String?
    /// When it is due.
    public var due: LocalDate?
    /// Open, done or dropped.
    public var status: FollowUpStatus

    /// Creates a follow-up.
    public init(task: String, owner: String? = nil, due: LocalDate? = nil, status: FollowUpStatus = .open) {
        self.task = task
        self.owner = owner
        self.due = due
        self.status = status
    }
}

/// A news clipping about the delegation (新聞輿情蒐集).
public struct PressItem: Hashable, Sendable {
    /// Stable id within the delegation.
    public var id: String
    /// Publication date.
    public var date: LocalDate
    /// Outlet, e.g. 工商時報.
    public var outlet: String
    /// Headline.
    public var headline: String?
    /// Link.
    public var url: String?
    /// Image file (clipping screenshot), relative to the data folder.
    public var image: String?
    /// BCP 47 language tag, e.g. `zh-Hant`, `ja`.
    public var language: String?
    /// A remark shown beside the clipping, e.g. (報導日媒肯定施政).
    public var remark: String?
    /// The event it reports on, when one.
    public var eventID: String?

    /// Creates a press item.
    public init(
        id: String,
        date: LocalDate,
        outlet: String,
        headline: String? = nil,
        url: String? = nil,
        image: String? = nil,
        language: String? = nil,
        remark: String? = nil,
        eventID: String? = nil
    ) {
        self.id = id
        self.date = date
        self.outlet = outlet
        self.headline = headline
        self.url = url
        self.image = image
        self.language = language
        self.remark = remark
        self.eventID = eventID
    }
}
