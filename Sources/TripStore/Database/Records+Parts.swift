import GRDB

// Which records belong to a delegation, list its items, or log against an event: the columns
// the shared filters of `DerivableRequest+Delegation` use.

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
