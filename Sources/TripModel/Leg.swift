/// A journey between two places: a flight, a train, a bus transfer.
public struct Leg: Hashable, Sendable, Identifiable {
    /// Stable id within the delegation.
    public var id: String
    /// How it travels.
    public var mode: TransportMode
    /// Carrier, e.g. 星宇航空.
    public var carrier: String?
    /// Service number, e.g. JX840.
    public var number: String?
    /// Id of the departure place.
    public var fromID: String
    /// Id of the arrival place.
    public var toID: String
    /// Departure, in the departure place's zone.
    public var departure: Moment
    /// The latest date it may leave, when the plan knows only a range (`depart: 2026-03-13`,
    /// `depart_by: 2026-03-14`); nil when the departure date is known.
    public var departBy: LocalDate?
    /// Arrival, in the arrival place's zone, when known.
    public var arrival: Moment?
    /// Booking reference.
    public var booking: String?
    /// Member ids travelling; empty means everyone.
    public var participants: [String]
    /// Itinerary type: 啟程, 交通移動 or 歸國 (nil: worked out from the trip's home).
    public var kind: EventKind?
    /// A remark for the itinerary, e.g. 搭乘巴士移動至熊本.
    public var remark: String?

    /// Rises each time a stored copy of the item changes (iCalendar SEQUENCE).
    public var sequence: Int

    /// Creates a leg.
    public init(
        id: String,
        mode: TransportMode,
        carrier: String? = nil,
        number: String? = nil,
        fromID: String,
        toID: String,
        departure: Moment,
        arrival: Moment? = nil,
        booking: String? = nil,
        participants: [String] = [],
        kind: EventKind? = nil,
        remark: String? = nil,
        sequence: Int = 0,
        departBy: LocalDate? = nil
    ) {
        self.id = id
        self.sequence = sequence
        self.mode = mode
        self.carrier = carrier
        self.number = number
        self.fromID = fromID
        self.toID = toID
        self.departure = departure
        self.arrival = arrival
        self.booking = booking
        self.participants = participants
        self.kind = kind
        self.remark = remark
        self.departBy = departBy
    }
}
