import GRDB

/// An item row whose `sequence` rises when its content changes (iCalendar clients rely on it).
protocol SequencedRecord: FetchableRecord, PersistableRecord, DelegationItem {
    var delegationId: String { get }
    var id: String { get }
    var position: Int { get set }
    var sequence: Int { get set }
}

extension EventRecord: SequencedRecord {}
extension LegRecord: SequencedRecord {}
extension StayRecord: SequencedRecord {}

extension TripDatabase {
    /// The record with the stored sequence, raised by one when anything but its position, or its
    /// participant list, differs from the stored copy.
    func sequenced<R: SequencedRecord>(_ record: R, in db: Database, participants: [String]) throws -> R {
        var record = record
        guard var stored = try R.all().filter(delegation: record.delegationId, id: record.id).fetchOne(db) else { return record }
        let storedParticipants = try ParticipantRecord.all().filter(delegation: record.delegationId)
            .filter { $0.itemId == record.id }.order(ParticipantRecord.Columns.position)
            .select(ParticipantRecord.Columns.memberId, as: String.self).fetchAll(db)
        stored.position = record.position
        record.sequence = stored.sequence
        let same = try record.databaseChanges(from: stored).isEmpty
        if !same || storedParticipants != participants { record.sequence = stored.sequence + 1 }
        return record
    }
}
