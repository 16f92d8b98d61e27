import GRDB

/// A record of a table whose rows belong to one delegation (everything but the web's users).
protocol DelegationPart: TableRecord {
    /// The column naming the delegation.
    static var delegationColumn: Column { get }
}

/// A row of one of a delegation's lists, kept in the plan's order under an id of its own:
/// members, places, events, legs, stays, press clippings.
protocol DelegationItem: DelegationPart {
    /// The item's id within its delegation.
    static var idColumn: Column { get }
    /// Its place in the plan's order.
    static var positionColumn: Column { get }
}

/// A row logged against one event: notes, photos, outcomes, follow-ups.
protocol EventLogPart: DelegationPart {
    /// The column naming the event.
    static var eventColumn: Column { get }
}

extension MemberRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension PlaceRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension EventRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension LegRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension StayRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension PressRecord: DelegationItem {
    static let delegationColumn = Columns.delegationId, idColumn = Columns.id, positionColumn = Columns.position
}

extension ParticipantRecord: DelegationPart {
    static let delegationColumn = Columns.delegationId
}

extension ReflectionRecord: DelegationPart {
    static let delegationColumn = Columns.delegationId
}

extension CalendarTokenRecord: DelegationPart {
    static let delegationColumn = Columns.delegationId
}

extension NoteRecord: EventLogPart {
    static let delegationColumn = Columns.delegationId, eventColumn = Columns.eventId
}

extension PhotoRecord: EventLogPart {
    static let delegationColumn = Columns.delegationId, eventColumn = Columns.eventId
}

extension OutcomeRecord: EventLogPart {
    static let delegationColumn = Columns.delegationId, eventColumn = Columns.eventId
}

extension FollowUpRecord: EventLogPart {
    static let delegationColumn = Columns.delegationId, eventColumn = Columns.eventId
}
