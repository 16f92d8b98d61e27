import TripModel

/// The fields of a press clipping that one write sets. `nil` leaves a field as stored; for the
/// optional fields `.some(nil)` clears it. An edit (`log press --id X --image F`) therefore
/// changes only what it names.
public struct PressChange: Hashable, Sendable {
    /// Publication date.
    public var date: LocalDate?
    /// Outlet.
    public var outlet: String?
    /// Headline.
    public var headline: String??
    /// Link.
    public var url: String??
    /// Image file, relative to the data folder.
    public var image: String??
    /// Language tag.
    public var language: String??
    /// Remark.
    public var remark: String??
    /// The event reported on.
    public var eventID: String??

    /// A change of the fields given.
    public init(
        date: LocalDate? = nil,
        outlet: String? = nil,
        headline: String?? = nil,
        url: String?? = nil,
        image: String?? = nil,
        language: String?? = nil,
        remark: String?? = nil,
        eventID: String?? = nil
    ) {
        self.date = date
        self.outlet = outlet
        self.headline = headline
        self.url = url
        self.image = image
        self.language = language
        self.remark = remark
        self.eventID = eventID
    }

    /// A change that makes a clipping exactly `item` (every field set or cleared).
    public init(replacingWith item: PressItem) {
        self.init(
            date: item.date,
            outlet: item.outlet,
            headline: .some(item.headline),
            url: .some(item.url),
            image: .some(item.image),
            language: .some(item.language),
            remark: .some(item.remark),
            eventID: .some(item.eventID)
        )
    }

    /// True when no field is set.
    public var isEmpty: Bool { self == PressChange() }

    func apply(to row: inout PressRecord) {
        if let date { row.date = date.iso }
        if let outlet { row.outlet = outlet }
        if let headline { row.headline = headline }
        if let url { row.url = url }
        if let image { row.image = image }
        if let language { row.language = language }
        if let remark { row.remark = remark }
        if let eventID { row.eventId = eventID }
    }
}
