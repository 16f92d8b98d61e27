import TripModel

/// What the event form edits: the values of one event row and nothing else (its people met,
/// participants, notes, photos, remark, phone, liaison and host type stay as they are).
public struct EventEdit: Hashable, Sendable {
    /// Kind.
    public var kind: EventKind
    /// Title.
    public var title: String
    /// Host organisation.
    public var host: String?
    /// Place id (nil: no place; the zone is then `start.zone`).
    public var placeID: String?
    /// Start, in the place's zone.
    public var start: Moment
    /// End, when known.
    public var end: Moment?

    /// The form values of an event.
    public init(_ e: Event) {
        self.init(kind: e.kind, title: e.title, host: e.host, placeID: e.placeID, start: e.start, end: e.end)
    }

    /// Creates the values.
    public init(kind: EventKind, title: String, host: String?, placeID: String?, start: Moment, end: Moment?) {
        self.kind = kind
        self.title = title
        self.host = host
        self.placeID = placeID
        self.start = start
        self.end = end
    }
}
