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
    /// What kind of body the host is, when the plan says (else guessed from names and kind).
    public var hostType: BodyType?
    /// The host's liaison person (聯絡人).
    public var liaison: Contact?
    /// A phone number for the meeting (the host's desk, the liaison's mobile).
    public var phone: String?
    /// A remark for the delegation: dress code, gift, interpreter.
    public var remark: String?
    /// The area the itinerary table names for this item's day (`大波士頓地區`), when the plan
    /// gives one; else the city's name.
    public var area: String?
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
    public init(
        id: String,
        kind: EventKind,
        title: String,
        host: String? = nil,
        counterparts: [Counterpart] = [],
        placeID: String? = nil,
        start: Moment,
        end: Moment? = nil,
        participants: [String] = [],
        themes: [String] = [],
        notes: [Note] = [],
        photos: [Photo] = [],
        outcomes: [Outcome] = [],
        followUps: [FollowUp] = [],
        sequence: Int = 0,
        hostType: BodyType? = nil,
        liaison: Contact? = nil,
        phone: String? = nil,
        remark: String? = nil,
        area: String? = nil
    ) {
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
        self.hostType = hostType
        self.liaison = liaison
        self.phone = phone
        self.remark = remark
        self.area = area
    }

    /// The local date the event is listed under.
    public var date: LocalDate { start.date }

    /// True when nothing has been logged against the event.
    public var hasLoggedMaterial: Bool { !notes.isEmpty || !photos.isEmpty }
}
