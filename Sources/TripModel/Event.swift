/// A commitment in the itinerary: a visit, a call, a meeting, a meal.
public struct Event: Hashable, Sendable, Identifiable {
    /// Stable id within the delegation.
    public var id: String
    /// Kind, as in the itinerary table's type column.
    public var kind: EventKind
    /// Title as the itinerary and the report write it.
    public var title: String
    /// The host organisation.
    public var host: String?
    /// People met.
    public var counterparts: [Counterpart]
    /// Id of the place in the delegation's places.
    public var placeID: String?
    /// Start: a date, or a date and clock time, in the place's zone.
    public var start: Moment
    /// End, when known.
    public var end: Moment?
    /// Member ids taking part; empty means everyone.
    public var participants: [String]
    /// Themes such as 新創、半導體、林業, which group the report's reflections.
    public var themes: [String]
    /// Notes logged.
    public var notes: [Note]
    /// Photos logged.
    public var photos: [Photo]
    /// What was achieved.
    public var outcomes: [Outcome]
    /// Tasks arising.
    public var followUps: [FollowUp]

    /// Rises each time a stored copy of the item changes (iCalendar SEQUENCE).
    public var sequence: Int

    /// Creates an event.
    public init(id: String, kind: EventKind, title: String, host: String? = nil,
                counterparts: [Counterpart] = [], placeID: String? = nil, start: Moment, end: Moment? = nil,
                participants: [String] = [], themes: [String] = [], notes: [Note] = [], photos: [Photo] = [],
                outcomes: [Outcome] = [], followUps: [FollowUp] = [], sequence: Int = 0) {
        self.id = id
        self.sequence = sequence
        self.kind = kind
        self.title = title
        self.host = host
        self.counterparts = counterparts
        self.placeID = placeID
        self.start = start
        self.end = end
        self.participants = participants
        self.themes = themes
        self.notes = notes
        self.photos = photos
        self.outcomes = outcomes
        self.followUps = followUps
    }

    /// The local date the event is listed under.
    public var date: LocalDate { start.date }

    /// True when nothing has been logged against the event.
    public var hasLoggedMaterial: Bool { !notes.isEmpty || !photos.isEmpty }
}
