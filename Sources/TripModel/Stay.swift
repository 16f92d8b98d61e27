/// Lodging from a check-in date to a check-out date.
public struct Stay: Hashable, Sendable, Identifiable {
    /// Stable id within the delegation.
    public var id: String
    /// Id of the hotel's place.
    public var placeID: String
    /// First night.
    public var checkIn: LocalDate
    /// Morning of leaving (the night before is the last night).
    public var checkOut: LocalDate
    /// Booking reference.
    public var booking: String?
    /// The hotel's phone number for this stay.
    public var phone: String?
    /// A remark: breakfast, late arrival, who shares a room.
    public var remark: String?
    /// Member ids staying; empty means everyone.
    public var participants: [String]

    /// Rises each time a stored copy of the item changes (iCalendar SEQUENCE).
    public var sequence: Int

    /// Creates a stay.
    public init(
        id: String,
        placeID: String,
        checkIn: LocalDate,
        checkOut: LocalDate,
        booking: String? = nil,
        participants: [String] = [],
        sequence: Int = 0,
        phone: String? = nil,
        remark: String? = nil
    ) {
        self.id = id
        self.sequence = sequence
        self.placeID = placeID
        self.checkIn = checkIn
        self.checkOut = checkOut
        self.booking = booking
        self.participants = participants
        self.phone = phone
        self.remark = remark
    }

    /// The nights covered, each named by its evening's date.
    public var nights: [LocalDate] {
        checkOut > checkIn ? checkIn.through(checkOut.adding(days: -1)) : []
    }
}
